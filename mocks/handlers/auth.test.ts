import { describe, expect, it } from 'vitest'
import { createTestKey, signTestProof, TEST_KEY } from './test-dpop'
import { api, probleem, useTestServer } from './test-server'

useTestServer()

const URL_BERICHTEN = 'http://localhost/api/berichten'
const get = (headers: Record<string, string>) => fetch(URL_BERICHTEN, { headers })

describe('who is calling: DPoP-bound tokens only', () => {
  it('answers a proper DPoP request', async () => {
    expect((await api('/berichten')).status).toBe(200)
  })

  it('refuses a bare bearer token with 401 problem+json and a DPoP challenge', async () => {
    const response = await get({ Authorization: 'Bearer fatima' })
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_token".*algs="ES256/)
    expect((await probleem(response)).code).toBe('unauthorized')
  })

  it('refuses the token with a proof from another key, or a proof used before', async () => {
    const other = await get({ Authorization: 'DPoP fatima', DPoP: signTestProof({ method: 'GET', url: URL_BERICHTEN, accessToken: 'fatima' }, createTestKey()) })
    expect(other.status).toBe(401)
    expect(other.headers.get('www-authenticate')).toContain('error="invalid_dpop_proof"')

    const proof = signTestProof({ method: 'GET', url: URL_BERICHTEN, accessToken: 'fatima' })
    expect((await get({ Authorization: 'DPoP fatima', DPoP: proof })).status).toBe(200)
    expect((await get({ Authorization: 'DPoP fatima', DPoP: proof })).status).toBe(401)
  })

  it('gives a nonce to a device whose clock is off (use_dpop_nonce), which then works', async () => {
    const late = { payload: { iat: Math.floor(Date.now() / 1000) - 10 * 60 } }
    const first = await get({ Authorization: 'DPoP fatima', DPoP: signTestProof({ method: 'GET', url: URL_BERICHTEN, accessToken: 'fatima' }, TEST_KEY, late) })
    expect(first.status).toBe(401)
    expect(first.headers.get('www-authenticate')).toContain('error="use_dpop_nonce"')
    expect((await probleem(first)).code).toBe('use_dpop_nonce')
    const nonce = first.headers.get('dpop-nonce') ?? ''
    expect(nonce).not.toBe('')
    const again = await get({ Authorization: 'DPoP fatima', DPoP: signTestProof({ method: 'GET', url: URL_BERICHTEN, accessToken: 'fatima', nonce }, TEST_KEY, late) })
    expect(again.status).toBe(200)
  })

  it('refuses anything after the token, and asks without an error when no credentials came', async () => {
    const proof = signTestProof({ method: 'GET', url: URL_BERICHTEN, accessToken: 'fatima' })
    expect((await get({ Authorization: 'DPoP fatima extra', DPoP: proof })).status).toBe(401)
    const none = await get({})
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toMatch(/^DPoP algs="/)
  })
})
