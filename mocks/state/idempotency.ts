import type { MockClock } from './clock'

/** The first answer to a request with an Idempotency-Key, to give again for a repeat (DESIGN.md §6). */
export interface BewaardAntwoord {
  status: number
  headers: Record<string, string>
  body: Buffer
}

/** What to do with a request whose key was seen before, or not; `vol`: this person has too many keys in progress. */
export type Herkenning =
  | { soort: 'nieuw' }
  | { soort: 'herhaling'; antwoord: BewaardAntwoord }
  | { soort: 'nog-bezig' }
  | { soort: 'ander-verzoek' }
  | { soort: 'vol' }

type Vermelding = { persoon: string; vingerafdruk: string; opgeslagenOp: number; antwoord?: BewaardAntwoord }

/** A day, as most real APIs keep keys; on the mock clock. */
const BEWAAR_MS = 24 * 60 * 60 * 1000
/**
 * Per person, so that one person's flood of keys never pushes out another's (their retry would then run
 * twice). Plenty for one person's writes in a day; a full quota only costs that person their own oldest key.
 */
export const MAX_SLEUTELS_PER_PERSOON = 500
/** All together, against many logins at once; when full, the person with the most keys makes room. */
export const MAX_SLEUTELS = 10_000

/**
 * Idempotency keys, scoped by the caller (who, method, path and key: see mocks/http/idempotency.ts) and
 * counted per person (the one logged in). `vingerafdruk` identifies the request: the same key with another
 * body is a client error.
 */
export function createIdempotencyStore(clock: MockClock) {
  let sleutels = new Map<string, Vermelding>()
  // Per person their scopes, oldest first (a Set keeps insertion order).
  let perPersoon = new Map<string, Set<string>>()

  function vergeet(scope: string): void {
    const vermelding = sleutels.get(scope)
    if (!vermelding) return
    sleutels.delete(scope)
    const eigen = perPersoon.get(vermelding.persoon)
    eigen?.delete(scope)
    if (eigen?.size === 0) perPersoon.delete(vermelding.persoon)
  }

  const verlopen = (vermelding: Vermelding) => vermelding.opgeslagenOp + BEWAAR_MS <= clock.now().getTime()

  function geldig(scope: string): Vermelding | undefined {
    const vermelding = sleutels.get(scope)
    if (vermelding && verlopen(vermelding)) vergeet(scope)
    return sleutels.get(scope)
  }

  /** Frees one place of this person: their oldest key that expired or is finished; never one in progress. */
  function maakRuimte(persoon: string): boolean {
    for (const scope of perPersoon.get(persoon) ?? []) {
      const vermelding = sleutels.get(scope)
      if (vermelding && (vermelding.antwoord !== undefined || verlopen(vermelding))) {
        vergeet(scope)
        return true
      }
    }
    return false
  }

  function zwaarsteGebruiker(): string {
    let zwaarste = ''
    for (const [persoon, eigen] of perPersoon) if (eigen.size > (perPersoon.get(zwaarste)?.size ?? 0)) zwaarste = persoon
    return zwaarste
  }

  function isErPlaats(persoon: string): boolean {
    if ((perPersoon.get(persoon)?.size ?? 0) >= MAX_SLEUTELS_PER_PERSOON && !maakRuimte(persoon)) return false
    return sleutels.size < MAX_SLEUTELS || maakRuimte(zwaarsteGebruiker())
  }

  return {
    /** Registers a new key as in progress; for a known key says what to answer instead. */
    herken(persoon: string, scope: string, vingerafdruk: string): Herkenning {
      const bekend = geldig(scope)
      if (bekend) {
        if (bekend.vingerafdruk !== vingerafdruk) return { soort: 'ander-verzoek' }
        return bekend.antwoord ? { soort: 'herhaling', antwoord: bekend.antwoord } : { soort: 'nog-bezig' }
      }
      if (!isErPlaats(persoon)) return { soort: 'vol' }
      sleutels.set(scope, { persoon, vingerafdruk, opgeslagenOp: clock.now().getTime() })
      perPersoon.set(persoon, (perPersoon.get(persoon) ?? new Set()).add(scope))
      return { soort: 'nieuw' }
    },
    bewaar(scope: string, antwoord: BewaardAntwoord): void {
      const vermelding = sleutels.get(scope)
      if (vermelding) vermelding.antwoord = antwoord
    },
    /** An answer not worth keeping (a server error, a refusal to try again later): the key may be used again. */
    vergeet,
    reset() {
      sleutels = new Map()
      perPersoon = new Map()
    },
  }
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>
