import { EIDAS_ACR, type DigidLevel } from './assurance-levels'
import type { AuthSession } from './auth-session'

/** DigiD levels, as the mock DigiD names them in `loa_digid`, or derived from the eIDAS `acr`. */
export type { DigidLevel }

export interface Identity {
  bsn: string
  level: DigidLevel
  /** Seconds since epoch of the DigiD login itself, for the absolute session limit. */
  authTime: number | null
  /** The BSN of the person this user acts for, per the `represents` claim (NL GOV profile). */
  representsBsn: string | null
}

export function identityFrom(profile: AuthSession['profile']): Identity {
  return {
    bsn: profile.sub,
    level: levelFrom(profile),
    authTime: typeof profile.auth_time === 'number' ? profile.auth_time : null,
    representsBsn: representedBsn(profile.represents),
  }
}

function levelFrom(profile: AuthSession['profile']): DigidLevel {
  const named = profile.loa_digid
  if (named === 'basis' || named === 'midden' || named === 'substantieel' || named === 'hoog') return named
  if (profile.acr === EIDAS_ACR.high) return 'hoog'
  if (profile.acr === EIDAS_ACR.substantial) return 'substantieel'
  if (profile.acr === EIDAS_ACR.low) return 'midden'
  return 'basis'
}

function representedBsn(claim: unknown): string | null {
  if (typeof claim !== 'object' || claim === null || !('sub' in claim)) return null
  return typeof claim.sub === 'string' ? claim.sub : null
}
