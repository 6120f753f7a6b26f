import type { Grant, InteractionResults, KoaContextWithOIDC } from 'oidc-provider'
import { isDigidLevel } from './levels'
import type { LoginContext, LoginContextStore } from './login-context'

/** The part of the interaction result that we add next to oidc-provider's `login`. */
export interface DigidInteractionResult {
  digid: LoginContext
}

export function readLoginContext(result: InteractionResults | undefined): LoginContext | undefined {
  const digid: unknown = result?.['digid']
  if (typeof digid !== 'object' || digid === null) return undefined
  const level: unknown = Reflect.get(digid, 'level')
  const represents: unknown = Reflect.get(digid, 'represents')
  if (!isDigidLevel(level)) return undefined
  return typeof represents === 'string' ? { level, represents } : { level }
}

/**
 * Mijn Overheid is a first-party app, so there is no consent screen: the grant simply covers what was asked.
 * Each completed login gets a fresh grant, because the level and whom someone acts for belong to that login;
 * without a new login (single sign-on) the session's grant is reused.
 */
export function createLoadExistingGrant(contexts: LoginContextStore) {
  return async (ctx: KoaContextWithOIDC): Promise<Grant | undefined> => {
    const { oidc } = ctx
    const clientId = oidc.client?.clientId
    const accountId = oidc.session?.accountId
    if (!clientId || !accountId) return undefined

    const freshLogin = readLoginContext(oidc.result)
    let grant: Grant | undefined
    if (!freshLogin) {
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId)
      grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined
      if (grant?.accountId !== accountId) grant = undefined
    }
    grant ??= new oidc.provider.Grant({ clientId, accountId })

    grant.addOIDCScope(oidc.requestParamOIDCScopes)
    grant.addOIDCClaims(oidc.requestParamClaims)
    await grant.save()
    if (freshLogin) contexts.set(grant.jti, freshLogin)
    return grant
  }
}
