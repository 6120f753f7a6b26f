/** What counts as someone being there: a key, a tap or click, a scroll. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const

let lastAt = 0
let listening = false
const listeners = new Set<() => void>()

// One set of listeners for the whole page: the idle timeout and the Zaken feed both read it.
function listen(): void {
  if (listening || typeof window === 'undefined') return
  listening = true
  const active = () => {
    lastAt = Date.now()
    for (const listener of listeners) listener()
  }
  for (const event of ACTIVITY_EVENTS) window.addEventListener(event, active, { capture: true, passive: true })
}

/**
 * Counts activity from now on. The session code (idle warning and timeout) loads after the first screen; a
 * person who types or taps before it is there must not be logged out for doing nothing.
 */
export function countActivityFromNow(): void {
  lastAt = 0
  listen()
}

/** The last activity since `countActivityFromNow()`, as a Date.now() time; 0 if none. */
export function lastActivityAt(): number {
  return lastAt
}

/** Calls `listener` on every key, tap or scroll from now on; returns the function that stops it. */
export function onActivity(listener: () => void): () => void {
  listen()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
