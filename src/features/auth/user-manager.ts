import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
import type { AuthConfig } from './auth.config'
import type { DpopKeyStore } from './dpop/dpop-key-store'
import { OIDC_STORAGE_PREFIX } from './oidc-storage'

/**
 * Tokens and the PKCE/state values live in sessionStorage (one tab, gone when it closes),
 * never in localStorage. Renewal is ours to trigger: only while the person is active. With DPoP the tokens are
 * bound to a key pair that cannot leave this browser (dpop/dpop-key-store.ts).
 */
export async function createUserManager(config: AuthConfig, keys: DpopKeyStore): Promise<UserManager> {
  // The authorization code is bound to the key too (dpop_jkt), unless the key lives in memory: the redirect to
  // DigiD and back would lose it, and the code would not match the new one.
  const dpop = config.dpop ? { store: keys, bind_authorization_code: !(await keys.inMemory()) } : undefined
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
    // Tokens bound to this device's key (RFC 9449): the key pair is made here, at the first login, and proofs
    // for DigiD's token endpoint (with its nonce, when it asks for one) are made by oidc-client-ts.
    ...(dpop ? { dpop } : {}),
    // Keep acr and auth_time in the profile: the app shows the level and enforces the absolute limit.
    filterProtocolClaims: ['nbf', 'jti', 'nonce', 'at_hash', 'c_hash', 's_hash', 'azp', 'iat', 'exp', 'iss', 'aud'],
  })
}
