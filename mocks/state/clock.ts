/**
 * The mock clock: dates in the seed and all time-based rules (retention, deadlines, expiry)
 * read this instead of Date.now(), so tests can move time with POST /__mock/clock.
 */
export interface MockClock {
  now(): Date
  set(now: Date): void
  reset(): void
}

export function createClock(): MockClock {
  let offsetMs = 0
  return {
    now: () => new Date(Date.now() + offsetMs),
    set: (now) => {
      offsetMs = now.getTime() - Date.now()
    },
    reset: () => {
      offsetMs = 0
    },
  }
}
