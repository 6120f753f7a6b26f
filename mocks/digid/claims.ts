import type { AccessToken, Account, ClientCredentials, FindAccount, KoaContextWithOIDC, UnknownObject } from 'oidc-provider'
import { isValidBsn } from '../state/persons'
import { acrFor, isDigidLevel, type DigidLevel } from './levels'
import type { LoginContextStore } from './login-context'

/** NL GOV Assurance profile: `sub` is a BSN, and this says so. */
export const subIdType = 'urn:nl-eid-gdi:1.0:id:BSN'

/**
 * The claims that scope `openid` releases, in the ID token (conformIdTokenClaims is off) and at userinfo.
 * `acr` is listed because oidc-provider otherwise only puts it in the ID token when the app sends acr_values,
 * and the profile wants it always.
 */
export const openidClaims = ['sub', 'acr', 'sub_id_type', 'loa_digid', 'represents']

interface DigidClaims {
  sub_id_type: string
  acr?: string
  loa_digid?: DigidLevel
  represents?: { sub: string; sub_id_type: string }
}

/**
 * Real DigiD only hands out the BSN, so there are no names here: the app reads those from the BRP API.
 * The grant id links the account to what was chosen at login (level, on whose behalf).
 */
export function createFindAccount(contexts: LoginContextStore): FindAccount {
  return (ctx, sub, token): Account | undefined => {
    if (!isValidBsn(sub)) return undefined
    const grantId = token?.grantId ?? ctx.oidc.entities.Grant?.jti
    return {
      accountId: sub,
      claims: () => {
        const context = grantId ? contexts.get(grantId) : undefined
        const claims: DigidClaims = { sub_id_type: subIdType }
        if (context) {
          claims.acr = acrFor(context.level)
          claims.loa_digid = context.level
        }
        if (context?.represents) claims.represents = { sub: context.represents, sub_id_type: subIdType }
        return { sub, ...claims }
      },
    }
  }
}

/**
 * What resolveAccessToken needs, stored on the opaque access token itself (oidc-provider keeps it as `extra`).
 * A type alias, not an interface, so it fits oidc-provider's index-signature type for `extra`.
 */
export type AccessTokenExtra = {
  acr: string
  loa_digid: DigidLevel
  represents?: string
}

export function createExtraTokenClaims(contexts: LoginContextStore) {
  return (_ctx: KoaContextWithOIDC, token: AccessToken | ClientCredentials): AccessTokenExtra | undefined => {
    const context = 'grantId' in token ? contexts.get(token.grantId) : undefined
    if (!context) return undefined
    const extra: AccessTokenExtra = { acr: acrFor(context.level), loa_digid: context.level }
    if (context.represents) extra.represents = context.represents
    return extra
  }
}

export function readAccessTokenExtra(extra: UnknownObject | undefined): AccessTokenExtra | undefined {
  if (!extra) return undefined
  const { acr, loa_digid: level, represents } = extra
  if (typeof acr !== 'string' || !isDigidLevel(level)) return undefined
  if (represents !== undefined && typeof represents !== 'string') return undefined
  return represents === undefined ? { acr, loa_digid: level } : { acr, loa_digid: level, represents }
}
