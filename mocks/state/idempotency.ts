import type { MockClock } from './clock'

/** The first answer to a request with an Idempotency-Key, to give again for a repeat (DESIGN.md §6). */
export interface BewaardAntwoord {
  status: number
  headers: Record<string, string>
  body: Buffer
}

/** What to do with a request whose key was seen before, or not. */
export type Herkenning =
  | { soort: 'nieuw' }
  | { soort: 'herhaling'; antwoord: BewaardAntwoord }
  | { soort: 'nog-bezig' }
  | { soort: 'ander-verzoek' }

type Vermelding = { vingerafdruk: string; opgeslagenOp: number; antwoord?: BewaardAntwoord }

/** A day, as most real APIs keep keys; on the mock clock. */
const BEWAAR_MS = 24 * 60 * 60 * 1000
const MAX_SLEUTELS = 10_000

/**
 * Idempotency keys, scoped by the caller (who, method, path and key: see mocks/http/idempotency.ts).
 * `vingerafdruk` identifies the request body: the same key with another body is a client error.
 */
export function createIdempotencyStore(clock: MockClock) {
  let sleutels = new Map<string, Vermelding>()

  function geldig(scope: string): Vermelding | undefined {
    const vermelding = sleutels.get(scope)
    if (vermelding && vermelding.opgeslagenOp + BEWAAR_MS <= clock.now().getTime()) sleutels.delete(scope)
    return sleutels.get(scope)
  }

  return {
    /** Registers a new key as in progress; for a known key says what to answer instead. */
    herken(scope: string, vingerafdruk: string): Herkenning {
      const bekend = geldig(scope)
      if (bekend) {
        if (bekend.vingerafdruk !== vingerafdruk) return { soort: 'ander-verzoek' }
        return bekend.antwoord ? { soort: 'herhaling', antwoord: bekend.antwoord } : { soort: 'nog-bezig' }
      }
      sleutels.set(scope, { vingerafdruk, opgeslagenOp: clock.now().getTime() })
      // Map keeps insertion order: the oldest key goes first.
      if (sleutels.size > MAX_SLEUTELS) sleutels.delete(sleutels.keys().next().value ?? '')
      return { soort: 'nieuw' }
    },
    bewaar(scope: string, antwoord: BewaardAntwoord): void {
      const vermelding = sleutels.get(scope)
      if (vermelding) vermelding.antwoord = antwoord
    },
    /** An answer not worth keeping (a server error, a refusal to try again later): the key may be used again. */
    vergeet(scope: string): void {
      sleutels.delete(scope)
    },
    reset() {
      sleutels = new Map()
    },
  }
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>
