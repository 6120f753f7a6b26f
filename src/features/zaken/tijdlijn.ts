import type { Zaak } from './zaken.schemas'

export type StapStand = 'klaar' | 'nu' | 'straks'

export interface Stap {
  volgnummer: number
  omschrijving: string
  statustekst: string
  toelichting: string
  stand: StapStand
  /** When the zaak reached this step (for done and current steps). */
  datum?: string
}

/**
 * The timeline from the zaaktype's statustypen (in volgnummer order) and the statussen reached: every step
 * up to the newest reached one is done (a zaak may skip a step), the newest is the current one, the rest
 * is still to come. A closed zaak has no current step: its eindstatus is done.
 */
export function tijdlijn(zaak: Zaak): Stap[] {
  const typen = [...zaak._expand.zaaktype.statustypen].sort((a, b) => a.volgnummer - b.volgnummer)
  const bereikt = new Map(zaak.statussen.map((status) => [status.statustype, status.datumStatusGezet]))
  const huidige = typen.filter((type) => bereikt.has(type.url)).at(-1)
  return typen.map((type) => {
    const datum = bereikt.get(type.url)
    const stand: StapStand = !huidige || type.volgnummer > huidige.volgnummer ? 'straks' : type === huidige && !type.isEindstatus ? 'nu' : 'klaar'
    return { volgnummer: type.volgnummer, omschrijving: type.omschrijving, statustekst: type.statustekst, toelichting: type.toelichting, stand, ...(datum ? { datum } : {}) }
  })
}
