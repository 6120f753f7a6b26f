import { langeDatum } from '../dates'
import type { BrpDatum } from './brp-types'

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** A complete date; "12 april 1986" (noon UTC is that calendar day in Amsterdam too). */
export function datum(iso: string): BrpDatum {
  const [jaar = 0, maand = 1, dag = 1] = iso.split('-').map(Number)
  return { type: 'Datum', datum: iso, langFormaat: langeDatum(Date.UTC(jaar, maand - 1, dag, 12)) }
}

/** Day unknown: "mei 1960". */
export const jaarMaandDatum = (jaar: number, maand: number): BrpDatum => ({ type: 'JaarMaandDatum', jaar, maand, langFormaat: `${MAANDEN[maand - 1] ?? ''} ${jaar}` })

/** Only the year is known, as often for people born abroad or records from before the GBA. */
export const jaarDatum = (jaar: number): BrpDatum => ({ type: 'JaarDatum', jaar, langFormaat: String(jaar) })

export const datumOnbekend = (): BrpDatum => ({ type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' })

/** The first day a (partial) date can mean, yyyy-mm-dd, for comparing periods; undefined when unknown. */
export function eersteDag(waarde: BrpDatum): string | undefined {
  const tweeCijfers = (getal: number) => String(getal).padStart(2, '0')
  switch (waarde.type) {
    case 'Datum':
      return waarde.datum
    case 'JaarMaandDatum':
      return `${waarde.jaar}-${tweeCijfers(waarde.maand)}-01`
    case 'JaarDatum':
      return `${waarde.jaar}-01-01`
    case 'DatumOnbekend':
      return undefined
  }
}
