import { createHash, createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto'

/**
 * The JWS algorithms a DPoP proof may use: asymmetric only (RFC 9449 §4.2), with what node:crypto needs to check
 * them. Synchronous on purpose: a check that takes no turn of the event loop keeps the mock's answers in order.
 */
// Elliptic curves only: checking an RSA signature with a key of the sender's choosing (any size, any exponent)
// costs a hundred times more, a cheap way to slow the API down for everyone.
const ALGORITHMS = {
  ES256: { hash: 'sha256', kty: 'EC', crv: 'P-256', options: { dsaEncoding: 'ieee-p1363' } },
  ES384: { hash: 'sha384', kty: 'EC', crv: 'P-384', options: { dsaEncoding: 'ieee-p1363' } },
  EdDSA: { hash: null, kty: 'OKP', crv: 'Ed25519', options: {} },
} as const

export type DpopAlg = keyof typeof ALGORITHMS
export const DPOP_ALGS = Object.keys(ALGORITHMS) as DpopAlg[]

export interface DecodedJws {
  header: Record<string, unknown> & { alg: DpopAlg; jwk: JsonWebKey }
  payload: Record<string, unknown>
  signedPart: string
  signature: Buffer
}

/** A compact JWS with an allowed algorithm and a key of its kind in its header (`jwk`); not yet verified. */
export function decodeEmbeddedJws(jws: string): DecodedJws | undefined {
  const parts = jws.split('.')
  if (parts.length !== 3) return undefined
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts
  const header = decodeJson(headerPart)
  const payload = decodeJson(payloadPart)
  if (!header || !payload) return undefined
  const alg = header['alg']
  const jwk = header['jwk']
  if (typeof alg !== 'string' || !(alg in ALGORITHMS) || typeof jwk !== 'object' || jwk === null) return undefined
  const { kty, crv } = ALGORITHMS[alg as DpopAlg]
  if ((jwk as JsonWebKey).kty !== kty || (jwk as JsonWebKey).crv !== crv) return undefined
  return { header: { ...header, alg: alg as DpopAlg, jwk: jwk as JsonWebKey }, payload, signedPart: `${headerPart}.${payloadPart}`, signature: Buffer.from(signaturePart, 'base64url') }
}

/** Whether the signature checks out with the public key in the header. */
export function signatureValid({ header, signedPart, signature }: DecodedJws): boolean {
  const { hash, options } = ALGORITHMS[header.alg]
  let key: KeyObject
  try {
    key = createPublicKey({ key: header.jwk, format: 'jwk' })
  } catch {
    return false
  }
  return verify(hash, Buffer.from(signedPart), { key, ...options }, signature)
}

/** The RFC 7638 thumbprint: SHA-256 over the required members, in order. */
export function jwkThumbprint(jwk: JsonWebKey): string {
  const required = jwk.kty === 'OKP' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
  return createHash('sha256').update(JSON.stringify(required)).digest('base64url')
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
