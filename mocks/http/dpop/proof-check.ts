import { createHash } from 'node:crypto'
import type { DpopState } from './dpop-state'
import { decodeEmbeddedJws, jwkThumbprint, signatureValid } from './jws'

export { DPOP_ALGS } from './jws'

/** How old (or how far ahead) a proof's `iat` may be without a server nonce. */
export const MAX_PROOF_AGE_SECONDS = 60
/** A UUID is 36; oidc-client-ts and our own signer send one. */
const MAX_JTI_LENGTH = 64

export interface ProofCheck {
  /** The DPoP header as it arrived, or null. */
  proof: string | null
  method: string
  /** The full URL the request went to. */
  url: string
  accessToken: string
  /** The key thumbprint the token is bound to (its `cnf.jkt`); undefined for a bare bearer token. */
  jkt: string | undefined
  nowMs: number
  state: DpopState
}

/** Why a proof was refused: `use_dpop_nonce` means "try again with the nonce in DPoP-Nonce" (RFC 9449 §9). */
export interface ProofFault {
  error: 'invalid_token' | 'invalid_dpop_proof' | 'use_dpop_nonce'
  reason: string
}

/**
 * Checks a DPoP proof against the request and the token (RFC 9449 §4.3 and §7.1): one JWT of type dpop+jwt,
 * signed with the public key in its header, for this method and URL, for this very token (`ath`), with the
 * key the token is bound to, fresh (by `iat`, or by a nonce we issued), and never seen before (`jti`).
 */
export function checkProof(check: ProofCheck): ProofFault | undefined {
  const { proof, state } = check
  if (check.jkt === undefined) return { error: 'invalid_token', reason: 'Dit toegangstoken is niet aan een sleutel gebonden (DPoP).' }
  if (!proof || proof.includes(',')) return invalid('Het DPoP-bewijs ontbreekt of staat er meer dan eens.')

  const decoded = decodeEmbeddedJws(proof)
  if (!decoded) return invalid('De handtekening van het DPoP-bewijs klopt niet.')
  const { payload, header } = decoded
  if (header['typ'] !== 'dpop+jwt') return invalid('Dit is geen DPoP-bewijs (typ).')
  if ('d' in header.jwk) return invalid('Het DPoP-bewijs moet de publieke sleutel bevatten, en alleen die.')
  // The key first, the signature after: only the key the token is bound to is ever used to check one.
  if (jwkThumbprint(header.jwk) !== check.jkt) return invalid('Het DPoP-bewijs is gemaakt met een andere sleutel dan die van het token.')
  if (!signatureValid(decoded)) return invalid('De handtekening van het DPoP-bewijs klopt niet.')
  if (payload['htm'] !== check.method) return invalid('Het DPoP-bewijs hoort bij een andere methode.')
  if (typeof payload['htu'] !== 'string' || !sameTarget(payload['htu'], check.url)) return invalid('Het DPoP-bewijs hoort bij een ander adres.')
  if (payload['ath'] !== hashToken(check.accessToken)) return invalid('Het DPoP-bewijs hoort niet bij dit toegangstoken (ath).')
  const jti = payload['jti']
  if (typeof jti !== 'string' || jti.length === 0 || jti.length > MAX_JTI_LENGTH) return invalid('Het DPoP-bewijs heeft geen geldige jti.')
  const iat = payload['iat']
  if (typeof iat !== 'number') return invalid('Het DPoP-bewijs heeft geen iat.')

  // A nonce we issued proves the proof is fresh even when the device's clock is off; without one, iat must be near now.
  const nonce = payload['nonce']
  if (nonce !== undefined) {
    if (typeof nonce !== 'string' || !state.nonces.isValid(nonce, check.nowMs)) return nonceNeeded('De nonce van het DPoP-bewijs is verlopen of onbekend.')
  } else if (Math.abs(check.nowMs / 1000 - iat) > MAX_PROOF_AGE_SECONDS) {
    return nonceNeeded('Het DPoP-bewijs is te oud of komt uit de toekomst: de klok van het apparaat loopt anders.')
  }
  const use = state.jtis.use(`${check.jkt}:${jti}`, check.nowMs)
  if (use === 'seen') return invalid('Dit DPoP-bewijs is al eens gebruikt.')
  // Full: refuse rather than forget proofs that could still be replayed.
  if (use === 'full') return invalid('Er komen nu te veel vragen binnen. Probeer het zo opnieuw.')
  return undefined
}

/** `ath`: the base64url SHA-256 of the access token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

/** Same scheme, host, port and path; query and fragment do not count (RFC 9449 §4.3). */
function sameTarget(htu: string, url: string): boolean {
  try {
    const claimed = new URL(htu)
    const actual = new URL(url)
    return claimed.origin === actual.origin && claimed.pathname === actual.pathname
  } catch {
    return false
  }
}

const invalid = (reason: string): ProofFault => ({ error: 'invalid_dpop_proof', reason })
const nonceNeeded = (reason: string): ProofFault => ({ error: 'use_dpop_nonce', reason })
