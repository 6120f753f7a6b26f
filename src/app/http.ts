import type { Router } from 'vue-router'
import { useAuthStore } from '@/features/auth'
import { createHttpClient, type HttpClient } from '@/shared/http'
import { useNamensStore } from '@/shared/namens/namens.store'
import { createOfflineCopy } from '@/shared/offline/offline-copy'
import type { ServerClock } from '@/shared/time/server-clock'

/**
 * The app's HTTP client: the token from the session with a DPoP proof, one renewal on a 401, and when that
 * fails too, a clean "log in again" instead of a loop.
 */
export function createAppHttpClient(router: Router, baseUrl: string, clock: ServerClock): HttpClient {
  return createHttpClient({
    baseUrl,
    clock,
    getAccessToken: () => useAuthStore().getAccessToken(),
    // Each attempt proves this device holds the key the token is bound to (DPoP): a stolen token alone is useless.
    proveKey: (request) => useAuthStore().proofFor(request),
    refreshAccessToken: async () => (await useAuthStore().renew())?.accessToken ?? null,
    onUnauthorized: () => void useAuthStore().expireSession(router.currentRoute.value.fullPath),
    // Refused as outside the machtiging: the banner reads the context again and says what changed.
    onOutsideMachtiging: () => useNamensStore().markeerVerouderd(),
    // What the person saw is kept (encrypted, per person and per person represented) to read again offline.
    offlineCopy: createOfflineCopy({
      context: () => {
        const identity = useAuthStore().identity
        return identity ? { bsn: identity.bsn, namens: identity.representsBsn ?? null } : null
      },
      now: () => clock.now().getTime(),
    }),
  })
}
