import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { dutchDay } from '@/shared/format/format'

/**
 * What the usage log shows, kept in the URL so Back and a shared link work:
 * /gegevens/gebruik?organisatie=Belastingdienst&periode=jaar&pagina=2 (an organisation is not personal data).
 */
export const PERIODES = ['alles', 'maand', 'halfjaar', 'jaar'] as const
export type Periode = (typeof PERIODES)[number]

const MAANDEN: Record<Exclude<Periode, 'alles'>, number> = { maand: 1, halfjaar: 6, jaar: 12 }

export interface GebruikZoekvraag {
  organisatie: string
  periode: Periode
  /** 1-based, as the API counts. */
  pagina: number
}

const tekst = (value: LocationQuery[string] | undefined) => (typeof value === 'string' ? value : '')

export function gebruikVraagUitUrl(query: LocationQuery): GebruikZoekvraag {
  const periode = tekst(query.periode)
  const pagina = Number.parseInt(tekst(query.pagina), 10)
  return {
    organisatie: tekst(query.organisatie).slice(0, 200),
    periode: PERIODES.find((naam) => naam === periode) ?? 'alles',
    pagina: Number.isFinite(pagina) && pagina > 1 ? pagina : 1,
  }
}

/** Only what differs from the default goes into the URL. */
export function gebruikVraagNaarUrl(vraag: GebruikZoekvraag): LocationQueryRaw {
  return {
    ...(vraag.organisatie ? { organisatie: vraag.organisatie } : {}),
    ...(vraag.periode === 'alles' ? {} : { periode: vraag.periode }),
    ...(vraag.pagina > 1 ? { pagina: String(vraag.pagina) } : {}),
  }
}

/** The first day of the period, yyyy-mm-dd in Amsterdam, by the server's "now"; nothing for "alles". */
export function vanafDatum(periode: Periode, nu: Date): string | undefined {
  if (periode === 'alles') return undefined
  const [jaar = 0, maand = 1, dag = 1] = dutchDay(nu).split('-').map(Number)
  // Day overflow (31 March minus a month) rolls into the next month, which keeps the period at most a month.
  const begin = new Date(Date.UTC(jaar, maand - 1 - MAANDEN[periode], dag))
  return begin.toISOString().slice(0, 10)
}
