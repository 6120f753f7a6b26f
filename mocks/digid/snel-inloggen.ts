import type { DigidLevel } from './levels'

/** Who the next DigiD login is, chosen beforehand by the screens overview (POST /__mock/digid/snel-inloggen). */
export interface SnelleLogin {
  bsn: string
  level: DigidLevel
  represents?: string
}

/** Long enough for the redirect to DigiD, short enough that a forgotten choice does not log in someone later. */
const GELDIG_MS = 60_000

/**
 * One login chosen in advance, used once: the next login interaction finishes with it instead of showing the
 * page. Only the test control API sets it; without it, DigiD asks as always.
 */
export function createSnelInloggen(now: () => number = Date.now) {
  let klaar: { login: SnelleLogin; tot: number } | null = null
  return {
    kies(login: SnelleLogin): void {
      klaar = { login, tot: now() + GELDIG_MS }
    },
    neem(): SnelleLogin | undefined {
      const gekozen = klaar
      klaar = null
      return gekozen && gekozen.tot > now() ? gekozen.login : undefined
    },
    vergeet(): void {
      klaar = null
    },
  }
}

export type SnelInloggen = ReturnType<typeof createSnelInloggen>
