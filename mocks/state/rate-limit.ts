import type { MockClock } from './clock'

/**
 * "At most `max` times per `windowMs`" per key, over a sliding window on the mock clock, so tests can
 * move time instead of waiting.
 */
export function createRateLimit(clock: MockClock, { max, windowMs }: { max: number; windowMs: number }) {
  let momenten = new Map<string, number[]>()

  function binnenVenster(key: string, nu: number): number[] {
    const recent = (momenten.get(key) ?? []).filter((moment) => moment > nu - windowMs)
    if (recent.length === 0) momenten.delete(key)
    else momenten.set(key, recent)
    return recent
  }

  return {
    /** Milliseconds until `key` may act again; 0 when it may now. */
    wachttijd(key: string): number {
      const nu = clock.now().getTime()
      const recent = binnenVenster(key, nu)
      const oudste = recent[recent.length - max]
      return recent.length < max || oudste === undefined ? 0 : oudste + windowMs - nu
    },
    tel(key: string): void {
      const nu = clock.now().getTime()
      momenten.set(key, [...binnenVenster(key, nu), nu])
    },
    reset() {
      momenten = new Map()
    },
  }
}

export type RateLimit = ReturnType<typeof createRateLimit>
