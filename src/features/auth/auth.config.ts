/**
 * Which OpenID Provider the app uses. Defaults to the mock DigiD served beside the app; set
 * VITE_OIDC_AUTHORITY / VITE_OIDC_CLIENT_ID / VITE_OIDC_SCOPE (and VITE_OIDC_DPOP) at build time for any other
 * standard provider. No code changes needed.
 */
export interface AuthConfig {
  authority: string
  clientId: string
  scope: string
  redirectUri: string
  postLogoutRedirectUri: string
  /**
   * Sender-constrained tokens (DPoP, RFC 9449): on unless VITE_OIDC_DPOP is `uit`, for a provider and API that
   * only know bearer tokens. The mock API refuses bearer tokens.
   */
  dpop: boolean
}

export interface AuthEnv {
  VITE_OIDC_AUTHORITY?: string
  VITE_OIDC_CLIENT_ID?: string
  VITE_OIDC_SCOPE?: string
  VITE_OIDC_DPOP?: string
}

export function readAuthConfig(env: AuthEnv, origin: string): AuthConfig {
  return {
    authority: env.VITE_OIDC_AUTHORITY || `${origin}/mock-digid`,
    clientId: env.VITE_OIDC_CLIENT_ID || 'mijn-overheid',
    scope: env.VITE_OIDC_SCOPE || 'openid',
    redirectUri: `${origin}/auth/callback`,
    postLogoutRedirectUri: `${origin}/uitgelogd`,
    dpop: env.VITE_OIDC_DPOP !== 'uit',
  }
}

/** Idle time before the session ends, the warning before that, and the hard limit. */
export const SESSION_LIMITS = {
  idleMs: 15 * 60_000,
  warnBeforeMs: 2 * 60_000,
  absoluteMs: 8 * 60 * 60_000,
} as const
