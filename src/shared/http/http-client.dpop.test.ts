// @vitest-environment node
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { signTestProof, TEST_KEY } from '../../../mocks/handlers/test-dpop'
import { useTestServer } from '../../../mocks/handlers/test-server'
import { ApiError } from './api-error'
import { FakeUploadRequest } from './fake-upload-request'
import { createHttpClient, type HttpClientOptions, type KeyProofRequest } from './http-client'
import { uploadWithProgress } from './upload-with-progress'

useTestServer()

const API = 'http://localhost/api'
const anyObject = v.looseObject({})

/** The claims of a proof, read back (the mock's verifier checks the signature; here we look at what it says). */
const claims = (proof: string | undefined) => JSON.parse(Buffer.from(proof?.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>

function makeClient(proveKey: HttpClientOptions['proveKey'], overrides: Partial<HttpClientOptions> = {}) {
  const onUnauthorized = vi.fn()
  const client = createHttpClient({ baseUrl: API, getAccessToken: async () => 'fatima', proveKey, onUnauthorized, sleep: async () => {}, ...overrides })
  return { client, onUnauthorized }
}

/** A device whose clock is ten minutes behind: its own iat is too old, a nonce from the API makes up for it. */
const lateClock = (request: KeyProofRequest) => signTestProof(request, TEST_KEY, { payload: { iat: Math.floor(Date.now() / 1000) - 600 } })

describe('DPoP (RFC 9449)', () => {
  it('sends the token as DPoP with a fresh proof for the method and URL of each request', async () => {
    const proofs: KeyProofRequest[] = []
    const { client } = makeClient(async (request) => {
      proofs.push(request)
      return signTestProof(request)
    })
    await expect(client.get('/berichten', anyObject, { query: { map: 'postvak' } })).resolves.toBeTruthy()
    await expect(client.get('/berichten/_aantallen', anyObject)).resolves.toBeTruthy()
    expect(proofs).toEqual([
      { method: 'GET', url: `${API}/berichten?map=postvak`, accessToken: 'fatima', nonce: undefined },
      { method: 'GET', url: `${API}/berichten/_aantallen`, accessToken: 'fatima', nonce: undefined },
    ])
  })

  it('a bare bearer token is refused by the API', async () => {
    const { client, onUnauthorized } = makeClient(undefined)
    await expect(client.get('/berichten', anyObject)).rejects.toMatchObject({ kind: 'unauthorized', status: 401 })
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('a device clock that is off gets the API nonce once and carries on with it', async () => {
    const proofs: KeyProofRequest[] = []
    const { client, onUnauthorized } = makeClient(async (request) => {
      proofs.push(request)
      return lateClock(request)
    })
    await expect(client.get('/berichten', anyObject)).resolves.toBeTruthy()
    await expect(client.get('/berichten/_aantallen', anyObject)).resolves.toBeTruthy()
    const [first, withNonce, next] = proofs
    expect(first?.nonce).toBeUndefined()
    expect(withNonce?.nonce).toEqual(expect.any(String))
    // The next request uses the nonce at once: no extra round trip.
    expect(next?.nonce).toBe(withNonce?.nonce)
    expect(proofs).toHaveLength(3)
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('a proof the API keeps refusing for its nonce ends in "log in again", not a loop', async () => {
    let count = 0
    const refreshAccessToken = vi.fn(async () => null)
    const { client, onUnauthorized } = makeClient(
      async (request) => {
        count += 1
        // Never uses the nonce it is given.
        return lateClock({ ...request, nonce: undefined })
      },
      { refreshAccessToken },
    )
    await expect(client.get('/berichten', anyObject)).rejects.toMatchObject({ kind: 'unauthorized' })
    expect(count).toBe(2)
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('without its key the request fails as unauthorized and nothing is sent with a bearer token', async () => {
    const fetch = vi.fn(globalThis.fetch)
    const { client } = makeClient(
      async () => {
        throw new Error('Geen DPoP-sleutel')
      },
      { fetch },
    )
    const error: unknown = await client.get('/berichten', anyObject).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'unauthorized' })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('an upload carries a proof made when it is sent, for its POST and URL', async () => {
    const attempts: FakeUploadRequest[] = []
    const { client } = makeClient(async (request) => signTestProof(request), {
      createUploadRequest: () => {
        const fake = new FakeUploadRequest()
        attempts.push(fake)
        return fake
      },
    })
    const body = new FormData()
    body.append('bestand', new File(['%PDF-1.7'], 'huurcontract.pdf', { type: 'application/pdf' }))
    void client.upload('/zaken/zaken/z1/bijlagen', body, anyObject, { idempotencyKey: 'k1', via: uploadWithProgress }).catch(() => undefined)
    await vi.waitFor(() => expect(attempts[0]?.sent).toBeTruthy())
    const headers = attempts[0]?.headers ?? {}
    expect(headers['authorization']).toBe('DPoP fatima')
    expect(claims(headers['dpop'])).toMatchObject({ htm: 'POST', htu: `${API}/zaken/zaken/z1/bijlagen` })
  })
})
