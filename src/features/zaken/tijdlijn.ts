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
 * up to the newest status is done (a zaak may skip a step), the newest is the current one, the rest is still
 * to come. A closed zaak has no current step: its eindstatus is done. A reopened zaak (ZGW "heropenen": a
 * newer status of an earlier statustype) is back at that step, with the later ones to come again.
 */
export function tijdlijn(zaak: Zaak): Stap[] {
  const typen = [...zaak._expand.zaaktype.statustypen].sort((a, b) => a.volgnummer - b.volgnummer)
  const nieuwste = zaak.statussen.reduce<(typeof zaak.statussen)[number] | undefined>(
    (laatste, status) => (!laatste || Date.parse(status.datumStatusGezet) >= Date.parse(laatste.datumStatusGezet) ? status : laatste),
    undefined,
  )
  const huidige = typen.find((type) => type.url === nieuwste?.statustype)
  // The date of each step as last reached; steps after the current one are to come, whatever happened before.
  const bereikt = new Map(zaak.statussen.map((status) => [status.statustype, status.datumStatusGezet]))
  return typen.map((type) => {
    const datum = huidige && type.volgnummer <= huidige.volgnummer ? bereikt.get(type.url) : undefined
    const stand: StapStand = !huidige || type.volgnummer > huidige.volgnummer ? 'straks' : type === huidige && !type.isEindstatus ? 'nu' : 'klaar'
    return { volgnummer: type.volgnummer, omschrijving: type.omschrijving, statustekst: type.statustekst, toelichting: type.toelichting, stand, ...(datum ? { datum } : {}) }
  })
}
