import { useIntervalFn } from '@vueuse/core'
import { computed, ref } from 'vue'

export interface IdleTimerOptions {
  idleMs: number
  warnBeforeMs: number
  onTimeout: () => void
  now?: () => number
  /** When the count starts: the start of the session, not the moment this code happened to load. */
  startAt?: number
}

/**
 * Counts down from the last activity. Once the warning shows, ordinary activity no longer
 * counts: the person must choose "Blijf ingelogd", so a stray mouse move cannot hide it.
 */
export function useIdleTimer({ idleMs, warnBeforeMs, onTimeout, now = Date.now, startAt = now() }: IdleTimerOptions) {
  const lastActivity = ref(startAt)
  const remainingMs = ref(idleMs)
  const warning = computed(() => remainingMs.value <= warnBeforeMs)
  let timedOut = false

  function check(): void {
    remainingMs.value = Math.max(0, lastActivity.value + idleMs - now())
    if (remainingMs.value === 0 && !timedOut) {
      timedOut = true
      onTimeout()
    }
  }

  /** Local activity (keys, pointer, scroll): ignored while the warning is open. */
  function markActive(): void {
    if (warning.value || timedOut) return
    lastActivity.value = now()
  }

  /** The person chose to stay, or was active in another tab: start counting again. */
  function stay(at: number = now()): void {
    if (timedOut) return
    lastActivity.value = Math.max(lastActivity.value, Math.min(at, now()))
    check()
  }

  const { pause } = useIntervalFn(check, 1000)

  return { lastActivity, remainingMs, warning, markActive, stay, check, stop: pause }
}
