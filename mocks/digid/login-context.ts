import type { DigidLevel } from './levels'

/**
 * What the person chose on the login page beyond "who": the exact DigiD level and, when acting on
 * someone's behalf, whom they represent.
 *
 * oidc-provider only persists its own fields on sessions, grants and tokens, so this lives beside it,
 * keyed by grant id: every completed login gets a fresh grant, and every code, access token and refresh
 * token carries its grant id.
 */
export interface LoginContext {
  level: DigidLevel
  represents?: string
}

export interface LoginContextStore {
  set(grantId: string, context: LoginContext): void
  get(grantId: string): LoginContext | undefined
  delete(grantId: string): void
}

export function createLoginContextStore(ttlSeconds: number, now: () => number = Date.now): LoginContextStore {
  const entries = new Map<string, { context: LoginContext; expiresAt: number }>()

  function prune(): void {
    const time = now()
    for (const [grantId, entry] of entries) {
      if (entry.expiresAt <= time) entries.delete(grantId)
    }
  }

  return {
    set(grantId, context) {
      prune()
      entries.set(grantId, { context, expiresAt: now() + ttlSeconds * 1000 })
    },
    get(grantId) {
      const entry = entries.get(grantId)
      return entry && entry.expiresAt > now() ? entry.context : undefined
    },
    delete(grantId) {
      entries.delete(grantId)
    },
  }
}
