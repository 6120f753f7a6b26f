import { describe, expect, it } from 'vitest'
import { createDpopProof, generateDpopKeys } from '../../../src/features/auth/dpop/dpop-proof'
import { createTestKey, signTestProof, TEST_JKT, TEST_KEY, type ProofClaims } from '../../handlers/test-dpop'
import { createDpopState } from './dpop-state'
import { jwkThumbprint } from './jws'
import { checkProof, type ProofCheck } from './proof-check'

const URL_BERICHTEN = 'http://localhost/api/berichten'
const request: ProofClaims = { method: 'GET', url: URL_BERICHTEN, accessToken: 'token-fatima' }
const nowSeconds = () => Math.floor(Date.now() / 1000)

function check(proof: string | null, overrides: Partial<ProofCheck> = {}): ProofCheck {
  return { proof, method: 'GET', url: `${URL_BERICHTEN}?map=postvak`, accessToken: 'token-fatima', jkt: TEST_JKT, nowMs: Date.now(), state: createDpopState(), ...overrides }
}

describe('the DPoP proof check', () => {
  it('accepts a proof for this method, URL (query aside), token and key', () => {
    expect(checkProof(check(signTestProof(request)))).toBeUndefined()
  })

  it('accepts the proof the app makes with WebCrypto (its own signer, in the browser)', async () => {
    const keys = await generateDpopKeys()
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey)
    const proof = await createDpopProof(keys, { method: 'POST', url: URL_BERICHTEN, accessToken: 'token-fatima' })
    expect(checkProof(check(proof, { method: 'POST', jkt: jwkThumbprint(jwk as Parameters<typeof jwkThumbprint>[0]) }))).toBeUndefined()
  })

  it('refuses a proof made with another key than the token is bound to', () => {
    expect(checkProof(check(signTestProof(request, createTestKey())))).toMatchObject({ error: 'invalid_dpop_proof', reason: expect.stringContaining('andere sleutel') })
  })

  it('refuses a proof whose signature does not match its key', () => {
    const [header, payload] = signTestProof(request).split('.')
    const forged = `${header}.${payload}.${signTestProof(request, createTestKey()).split('.')[2]}`
    expect(checkProof(check(forged))).toMatchObject({ error: 'invalid_dpop_proof', reason: expect.stringContaining('handtekening') })
  })

  it('refuses a proof for another URL or another method', () => {
    expect(checkProof(check(signTestProof({ ...request, url: 'http://localhost/api/zaken/zaken' })))).toMatchObject({ reason: expect.stringContaining('ander adres') })
    expect(checkProof(check(signTestProof({ ...request, url: 'http://evil.example/api/berichten' })))).toMatchObject({ reason: expect.stringContaining('ander adres') })
    expect(checkProof(check(signTestProof(request), { method: 'DELETE' }))).toMatchObject({ reason: expect.stringContaining('andere methode') })
  })

  it('refuses a proof without ath, or for another token', () => {
    expect(checkProof(check(signTestProof(request, TEST_KEY, { payload: { ath: undefined } })))).toMatchObject({ reason: expect.stringContaining('ath') })
    expect(checkProof(check(signTestProof({ ...request, accessToken: 'token-pieter' })))).toMatchObject({ reason: expect.stringContaining('ath') })
  })

  it('refuses the same proof a second time (a replayed jti)', () => {
    const state = createDpopState()
    const proof = signTestProof(request)
    expect(checkProof(check(proof, { state }))).toBeUndefined()
    expect(checkProof(check(proof, { state }))).toMatchObject({ error: 'invalid_dpop_proof', reason: expect.stringContaining('al eens gebruikt') })
  })

  it('asks for a nonce when iat is minutes off, and then accepts the proof with that nonce', () => {
    const state = createDpopState()
    const late = { payload: { iat: nowSeconds() - 5 * 60 } }
    expect(checkProof(check(signTestProof(request, TEST_KEY, late), { state }))).toMatchObject({ error: 'use_dpop_nonce' })
    expect(checkProof(check(signTestProof(request, TEST_KEY, { payload: { iat: nowSeconds() + 5 * 60 } }), { state }))).toMatchObject({ error: 'use_dpop_nonce' })
    const nonce = state.nonces.current(Date.now())
    expect(checkProof(check(signTestProof({ ...request, nonce }, TEST_KEY, late), { state }))).toBeUndefined()
  })

  it('refuses a nonce it did not issue, or one that has expired', () => {
    const state = createDpopState()
    expect(checkProof(check(signTestProof({ ...request, nonce: 'verzonnen' }), { state }))).toMatchObject({ error: 'use_dpop_nonce' })
    const old = state.nonces.current(Date.now() - 15 * 60_000)
    expect(checkProof(check(signTestProof({ ...request, nonce: old }), { state }))).toMatchObject({ error: 'use_dpop_nonce' })
  })

  it('refuses a missing proof, a token not bound to a key, and a proof that is not of type dpop+jwt or holds a private key', () => {
    expect(checkProof(check(null))).toMatchObject({ error: 'invalid_dpop_proof' })
    expect(checkProof(check(signTestProof(request), { jkt: undefined }))).toMatchObject({ error: 'invalid_token' })
    expect(checkProof(check(signTestProof(request, TEST_KEY, { header: { typ: 'JWT' } })))).toMatchObject({ reason: expect.stringContaining('typ') })
    const privateJwk = { ...TEST_KEY.jwk, d: TEST_KEY.privateKey.export({ format: 'jwk' }).d }
    expect(checkProof(check(signTestProof(request, TEST_KEY, { header: { jwk: privateJwk } })))).toMatchObject({ reason: expect.stringContaining('publieke sleutel') })
    expect(checkProof(check(signTestProof(request, TEST_KEY, { header: { alg: 'none' } })))).toMatchObject({ reason: expect.stringContaining('handtekening') })
  })
})

describe('the DPoP check under attack', () => {
  it('never checks a signature with a key other than the bound one, and takes no RSA keys', () => {
    const rsa = { header: { alg: 'RS256', jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' } } }
    expect(checkProof(check(signTestProof(request, TEST_KEY, rsa)))).toMatchObject({ error: 'invalid_dpop_proof', reason: expect.stringContaining('handtekening') })
  })

  it('when it cannot remember more proofs, it refuses new ones instead of forgetting live ones', () => {
    const state = createDpopState()
    const now = Date.now()
    const first = signTestProof(request)
    expect(checkProof(check(first, { state, nowMs: now }))).toBeUndefined()
    for (let index = 0; index < 200_000; index += 1) state.jtis.use(`vul:${index}`, now)
    expect(checkProof(check(signTestProof(request), { state, nowMs: now }))).toMatchObject({ reason: expect.stringContaining('te veel') })
    // The first proof is still known: no replay.
    expect(checkProof(check(first, { state, nowMs: now }))).toMatchObject({ reason: expect.stringContaining('al eens gebruikt') })
  })
})
