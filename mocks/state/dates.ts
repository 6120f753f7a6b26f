/**
 * Dates as people in the Netherlands read them: calendar days in Europe/Amsterdam.
 * Worked out by hand instead of with Intl: Kees's 10,000 letters need some 40,000 dates, and
 * Intl costs about a microsecond each. dates.test.ts checks the results against Intl.
 */
export const DAG_MS = 24 * 60 * 60 * 1000
const UUR_MS = 60 * 60 * 1000

const maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
const zomertijden = new Map<number, readonly [number, number]>()

/** EU summer time: from the last Sunday of March to the last Sunday of October, at 01:00 UTC. */
function zomertijd(jaar: number): readonly [number, number] {
  let grenzen = zomertijden.get(jaar)
  if (!grenzen) {
    const laatsteZondag = (maand: number) => {
      const datum = new Date(Date.UTC(jaar, maand + 1, 0, 1))
      return datum.getTime() - datum.getUTCDay() * DAG_MS
    }
    grenzen = [laatsteZondag(2), laatsteZondag(9)]
    zomertijden.set(jaar, grenzen)
  }
  return grenzen
}

/** The wall clock in Amsterdam, read through the UTC getters of the result. */
function inAmsterdam(ms: number): Date {
  const [begin, eind] = zomertijd(new Date(ms).getUTCFullYear())
  return new Date(ms + (ms >= begin && ms < eind ? 2 : 1) * UUR_MS)
}

const tweeCijfers = (getal: number) => (getal < 10 ? `0${getal}` : String(getal))

/** yyyy-mm-dd of the calendar day in Amsterdam. */
export function isoDatum(ms: number): string {
  const datum = inAmsterdam(ms)
  return `${datum.getUTCFullYear()}-${tweeCijfers(datum.getUTCMonth() + 1)}-${tweeCijfers(datum.getUTCDate())}`
}

/** "1 maart 2026" */
export function langeDatum(ms: number): string {
  const datum = inAmsterdam(ms)
  return `${datum.getUTCDate()} ${maanden[datum.getUTCMonth()]} ${datum.getUTCFullYear()}`
}

/** "september" */
export const maandNaam = (ms: number) => maanden[inAmsterdam(ms).getUTCMonth()] ?? ''

/** "€ 1.234,50", as Intl writes it for nl-NL but with a plain space. */
export function bedrag(euro: number): string {
  const centen = Math.round(Math.abs(euro) * 100)
  const heel = String(Math.floor(centen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `€ ${euro < 0 && centen > 0 ? '-' : ''}${heel},${tweeCijfers(centen % 100)}`
}

export const plusDagen = (ms: number, dagen: number) => ms + dagen * DAG_MS

export function plusMaanden(ms: number, maanden: number): number {
  const date = new Date(ms)
  date.setUTCMonth(date.getUTCMonth() + maanden)
  return date.getTime()
}

export const jaarVan = (ms: number) => inAmsterdam(ms).getUTCFullYear()
