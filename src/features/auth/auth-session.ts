import type { User } from 'oidc-client-ts'
import * as v from 'valibot'
import { readAuthConfig, type AuthEnv } from './auth.config'
import { OIDC_STORAGE_PREFIX } from './oidc-storage'

/**
 * The tokens of a logged-in person, as the app uses them. Read straight from sessionStorage on
 * start-up so the first page needs no OIDC library: oidc-client-ts loads only for login,
 * renewal and logout.
 */
export interface AuthSession {
  accessToken: string
  refreshToken: string | null
  idToken: string | null
  /** Seconds since epoch. */
  expiresAt: number
  profile: Record<string, unknown> & { sub: string }
}

const storedUser = v.object({
  access_token: v.string(),
  refresh_token: v.optional(v.nullable(v.string())),
  id_token: v.optional(v.nullable(v.string())),
  expires_at: v.number(),
  profile: v.looseObject({ sub: v.string() }),
})

/** The key oidc-client-ts's UserManager uses for the user in its store. */
export function storedUserKey(authority: string, clientId: string): string {
  return `${OIDC_STORAGE_PREFIX}user:${authority}:${clientId}`
}

export function readStoredSession(authority: string, clientId: string): AuthSession | null {
  let raw: string | null = null
  try {
    raw = window.sessionStorage.getItem(storedUserKey(authority, clientId))
  } catch {
    return null
  }
  if (!raw) return null
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return null
  }
  const parsed = v.safeParse(storedUser, json)
  if (!parsed.success) return null
  const { access_token, refresh_token, id_token, expires_at, profile } = parsed.output
  return { accessToken: access_token, refreshToken: refresh_token ?? null, idToken: id_token ?? null, expiresAt: expires_at, profile }
}

export function sessionFromUser(user: User): AuthSession {
  return {
    accessToken: user.access_token,
    refreshToken: user.refresh_token ?? null,
    idToken: user.id_token ?? null,
    expiresAt: user.expires_at ?? 0,
    profile: { ...user.profile },
  }
}

/** Still usable: the access token is valid, or a refresh token can get a new one. */
export function isUsable(session: AuthSession, nowMs: number): boolean {
  return session.refreshToken !== null || session.expiresAt * 1000 > nowMs
}

/** Is someone logged in in this tab? Read before the app starts (the prerendered pages are for visitors). */
export function hasUsableSession(env: AuthEnv, origin: string): boolean {
  const config = readAuthConfig(env, origin)
  const stored = readStoredSession(config.authority, config.clientId)
  return stored !== null && isUsable(stored, Date.now())
}
