import type { KeyProofRequest } from '@/shared/http'

/**
 * A DPoP proof (RFC 9449 §4) for one request to the API: a JWT signed with the device's key, saying the method,
 * the URL (without query), when, a one-time id and which access token it goes with. Made with WebCrypto alone,
 * so the first load does not need oidc-client-ts (which makes the proofs for DigiD's token endpoint itself).
 */
const encoder = new TextEncoder()

export async function createDpopProof(keys: CryptoKeyPair, { method, url, accessToken, nonce }: KeyProofRequest): Promise<string> {
  const { crv, kty, x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey)
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: { crv, kty, x, y } }
  const target = new URL(url, globalThis.location?.href)
  const payload = {
    jti: crypto.randomUUID(),
    htm: method,
    htu: `${target.origin}${target.pathname}`,
    iat: Math.floor(Date.now() / 1000),
    ath: base64url(await crypto.subtle.digest('SHA-256', encoder.encode(accessToken))),
    ...(nonce ? { nonce } : {}),
  }
  const signingInput = `${base64url(encoder.encode(JSON.stringify(header)))}.${base64url(encoder.encode(JSON.stringify(payload)))}`
  // WebCrypto's ECDSA signature is r‖s, exactly what JWS ES256 wants.
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, encoder.encode(signingInput))
  return `${signingInput}.${base64url(signature)}`
}

/** A new key pair as oidc-client-ts makes it: P-256, the private key never exportable. */
export const generateDpopKeys = (): Promise<CryptoKeyPair> =>
  crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])

function base64url(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
