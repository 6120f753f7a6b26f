import { useThrottleFn } from '@vueuse/core'
import { onScopeDispose, watch } from 'vue'
import { lastActivityAt, onActivity } from '@/shared/time/recent-activity'
import { SESSION_LIMITS } from './auth.config'
import { useAuthStore } from './auth.store'
import { openSessionChannel } from './session-channel'
import { useIdleTimer } from './use-idle-timer'

/** Renew this long before the access token expires, if the person is active. */
const RENEW_AHEAD_MS = 60_000

/**
 * Keeps a logged-in session honest: warns after 13 idle minutes, ends it after 15, ends it
 * after the absolute limit, and renews tokens only while the person is actually active. The count goes on from
 * activity before this code loaded.
 */
export function useSessionGuard(startAt?: number, now: () => number = Date.now) {
  const auth = useAuthStore()
  const timer = useIdleTimer({
    idleMs: SESSION_LIMITS.idleMs,
    warnBeforeMs: SESSION_LIMITS.warnBeforeMs,
    onTimeout: () => void auth.logout('inactief'),
    now,
    startAt: Math.max(startAt ?? now(), lastActivityAt()),
  })

  const channel = openSessionChannel((message) => {
    if (message.type === 'activity') timer.stay(message.at)
  })
  const shareActivity = useThrottleFn(() => channel.post({ type: 'activity', at: now() }), 10_000)

  const stopListening = onActivity(() => {
    if (timer.warning.value) return
    timer.markActive()
    void shareActivity()
  })

  watch(timer.remainingMs, () => {
    const authTime = auth.identity?.authTime
    if (authTime && now() - authTime * 1000 >= SESSION_LIMITS.absoluteMs) void auth.logout('limiet')
    renewIfActive()
  })

  /** Silent renew stops while idle: only renew when there was activity since this token came. */
  function renewIfActive(): void {
    const session = auth.session
    if (!session) return
    const activeSinceIssue = timer.lastActivity.value > auth.tokenReceivedAt
    if (session.expiresAt * 1000 - now() <= RENEW_AHEAD_MS && activeSinceIssue) void auth.renew()
  }

  function stay(): void {
    timer.stay()
    void shareActivity()
    void auth.renew()
  }

  onScopeDispose(() => {
    stopListening()
    timer.stop()
    channel.close()
  })

  return { warning: timer.warning, remainingMs: timer.remainingMs, stay, logout: () => auth.logout('zelf') }
}
