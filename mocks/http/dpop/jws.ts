import { constants, createHash, createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto'

/**
 * The JWS algorithms a DPoP proof may use: asymmetric only (RFC 9449 §4.2), with what node:crypto needs to check
 * them. Synchronous on purpose: a check that takes no turn of the event loop keeps the mock's answers in order.
 */
const ALGORITHMS = {
  ES256: { hash: 'sha256', kty: 'EC', options: { dsaEncoding: 'ieee-p1363' } },
  ES384: { hash: 'sha384', kty: 'EC', options: { dsaEncoding: 'ieee-p1363' } },
  RS256: { hash: 'sha256', kty: 'RSA', options: {} },
  PS256: { hash: 'sha256', kty: 'RSA', options: { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } },
  EdDSA: { hash: null, kty: 'OKP', options: {} },
} as const

export type DpopAlg = keyof typeof ALGORITHMS
export const DPOP_ALGS = Object.keys(ALGORITHMS) as DpopAlg[]

export interface VerifiedJws {
  header: Record<string, unknown> & { jwk: JsonWebKey }
  payload: Record<string, unknown>
}

/** A compact JWS whose signature checks out with the public key in its own header (`jwk`); undefined otherwise. */
export function verifyEmbeddedJws(jws: string): VerifiedJws | undefined {
  const parts = jws.split('.')
  if (parts.length !== 3) return undefined
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts
  const header = decodeJson(headerPart)
  const payload = decodeJson(payloadPart)
  if (!header || !payload) return undefined
  const alg = header['alg']
  const jwk = header['jwk']
  if (typeof alg !== 'string' || !(alg in ALGORITHMS) || typeof jwk !== 'object' || jwk === null) return undefined
  const { hash, kty, options } = ALGORITHMS[alg as DpopAlg]
  if ((jwk as JsonWebKey).kty !== kty) return undefined
  let key: KeyObject
  try {
    key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' })
  } catch {
    return undefined
  }
  const signed = Buffer.from(`${headerPart}.${payloadPart}`)
  const valid = verify(hash, signed, { key, ...options }, Buffer.from(signaturePart, 'base64url'))
  return valid ? { header: { ...header, jwk: jwk as JsonWebKey }, payload } : undefined
}

/** The RFC 7638 thumbprint: SHA-256 over the required members, in order. */
export function jwkThumbprint(jwk: JsonWebKey): string {
  const required = jwk.kty === 'RSA' ? { e: jwk.e, kty: jwk.kty, n: jwk.n } : jwk.kty === 'OKP' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
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
