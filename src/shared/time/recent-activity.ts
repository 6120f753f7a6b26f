/** What counts as someone being there: a key, a tap or click, a scroll. */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const

let lastAt = 0
let listening = false

/**
 * Counts activity from now on. The session code (idle warning and timeout) loads after the first screen; a
 * person who types or taps before it is there must not be logged out for doing nothing.
 */
export function countActivityFromNow(): void {
  lastAt = 0
  if (listening || typeof window === 'undefined') return
  listening = true
  for (const event of ACTIVITY_EVENTS) {
    window.addEventListener(event, () => void (lastAt = Date.now()), { capture: true, passive: true })
  }
}

/** The last activity since `countActivityFromNow()`, as a Date.now() time; 0 if none. */
export function lastActivityAt(): number {
  return lastAt
}
