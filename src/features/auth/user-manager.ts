import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
import type { AuthConfig } from './auth.config'
import { OIDC_STORAGE_PREFIX } from './oidc-storage'

/**
 * Tokens and the PKCE/state values live in sessionStorage (one tab, gone when it closes),
 * never in localStorage. Renewal is ours to trigger: only while the person is active.
 */
export function createUserManager(config: AuthConfig): UserManager {
  const store = new WebStorageStateStore({ store: window.sessionStorage, prefix: OIDC_STORAGE_PREFIX })
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    post_logout_redirect_uri: config.postLogoutRedirectUri,
    response_type: 'code',
    scope: config.scope,
    userStore: store,
    stateStore: store,
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
    revokeTokenTypes: ['access_token', 'refresh_token'],
    // Keep acr and auth_time in the profile: the app shows the level and enforces the absolute limit.
    filterProtocolClaims: ['nbf', 'jti', 'nonce', 'at_hash', 'c_hash', 's_hash', 'azp', 'iat', 'exp', 'iss', 'aud'],
  })
}
