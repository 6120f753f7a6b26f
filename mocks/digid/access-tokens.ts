import type Provider from 'oidc-provider'
import { readAccessTokenExtra } from './claims'

/** Who an access token belongs to, for the mock APIs (matches the backend's Principal). */
export interface TokenInfo {
  bsn: string
  acr: string
  represents?: { bsn: string }
  /** The thumbprint of the key the token is bound to (DPoP); the API refuses a token without one. */
  jkt?: string
}

/** null for unknown, expired or revoked tokens, for another client's tokens, and after logout. */
export async function resolveAccessToken(provider: Provider, clientId: string, token: string): Promise<TokenInfo | null> {
  if (!token) return null
  const accessToken = await provider.AccessToken.find(token)
  if (!accessToken || accessToken.isExpired || accessToken.clientId !== clientId) return null
  const extra = readAccessTokenExtra(accessToken.extra)
  if (!extra) return null
  const info: TokenInfo = { bsn: accessToken.accountId, acr: extra.acr }
  if (extra.represents) info.represents = { bsn: extra.represents }
  if (accessToken.jkt) info.jkt = accessToken.jkt
  return info
}
