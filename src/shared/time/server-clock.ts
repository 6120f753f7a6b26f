import { computed, inject, ref, type ComputedRef, type InjectionKey, type Ref } from 'vue'

/**
 * "Now" as the server sees it. Every API answer carries a `Date` header; the difference with
 * this device's clock is kept as an offset, so retention warnings, deadlines and "verlopen"
 * agree with the server (and with the mock clock in tests) even when the device clock is wrong.
 */
export interface ServerClock {
  /** Milliseconds to add to this device's clock. */
  readonly offsetMs: Readonly<Ref<number>>
  now(): Date
  /** Reads a response's Date header; `receivedAt` is this device's time when the answer came. */
  observe(dateHeader: string | null, receivedAt?: number): void
}

/** The header has whole seconds: smaller differences are rounding, not a wrong clock. */
const RESOLUTION_MS = 1_000

export function createServerClock(): ServerClock {
  const offsetMs = ref(0)
  return {
    offsetMs,
    now: () => new Date(Date.now() + offsetMs.value),
    observe(dateHeader, receivedAt = Date.now()) {
      const serverTime = dateHeader ? Date.parse(dateHeader) : Number.NaN
      if (Number.isNaN(serverTime)) return
      const offset = serverTime - receivedAt
      // The header rounds down to the second: only a change beyond that is news.
      if (Math.abs(offset - offsetMs.value) >= RESOLUTION_MS) offsetMs.value = offset
    },
  }
}

export const SERVER_CLOCK: InjectionKey<ServerClock> = Symbol('ServerClock')

/** The server's "now" for a component; recomputed when the clock offset changes. Without a provided clock: the device's. */
export function useServerNow(): ComputedRef<Date> {
  const clock = inject(SERVER_CLOCK, null)
  return computed(() => (clock ? new Date(Date.now() + clock.offsetMs.value) : new Date()))
}
