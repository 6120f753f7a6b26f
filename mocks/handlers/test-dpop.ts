import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto'
import { jwkThumbprint } from '../http/dpop/jws'
import type { Principal } from '../state/backend'

/** A P-256 key pair as the browser makes it, with its public JWK. */
export interface TestKey {
  privateKey: KeyObject
  jwk: { kty: string; crv: string; x: string; y: string }
}

export function createTestKey(): TestKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const { kty = 'EC', crv = 'P-256', x = '', y = '' } = publicKey.export({ format: 'jwk' })
  return { privateKey, jwk: { kty, crv, x, y } }
}

/**
 * The key the test persons' fake tokens are bound to, in every test (mock handlers, server, components). Signed
 * with node:crypto's synchronous API, so a test's request takes no more event-loop turns than without DPoP.
 */
export const TEST_KEY = createTestKey()
export const TEST_JKT = jwkThumbprint(TEST_KEY.jwk)

/** A fake token's principal, bound to the test key as DigiD binds a real one. */
export const bound = (principal: Principal | undefined): Principal | null => (principal ? { ...principal, jkt: TEST_JKT } : null)

export interface ProofClaims {
  method: string
  url: string
  accessToken: string
  nonce?: string
}

/** A DPoP proof as the app makes it; `change` alters the header or claims, for the verifier's tests. */
export function signTestProof(claims: ProofClaims, key: TestKey = TEST_KEY, change: { header?: object; payload?: object } = {}): string {
  const target = new URL(claims.url)
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: key.jwk, ...change.header }
  const payload = {
    jti: randomUUID(),
    htm: claims.method,
    htu: `${target.origin}${target.pathname}`,
    iat: Math.floor(Date.now() / 1000),
    ath: createHash('sha256').update(claims.accessToken).digest('base64url'),
    ...(claims.nonce ? { nonce: claims.nonce } : {}),
    ...change.payload,
  }
  const input = `${encode(header)}.${encode(payload)}`
  const signature = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
  return `${input}.${signature.toString('base64url')}`
}

/** `Authorization: DPoP …` and a fresh proof for one request. */
export async function dpopHeaders(method: string, url: string, token: string): Promise<Record<string, string>> {
  return { Authorization: `DPoP ${token}`, DPoP: signTestProof({ method, url, accessToken: token }) }
}

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
