/** The Berichtenbox as the mock keeps it: one mailbox per burgerservicenummer. */

export const MAPPEN = ['postvak', 'archief', 'prullenbak'] as const
export type MapNaam = (typeof MAPPEN)[number]

export const STATUSSEN = ['gelezen', 'ongelezen'] as const
export type BerichtStatus = (typeof STATUSSEN)[number]

export const BERICHT_TYPES = ['notificatie', 'beschikking', 'betaalverzoek', 'verzoek-om-informatie', 'herinnering'] as const
export type BerichtType = (typeof BERICHT_TYPES)[number]

export interface Actie {
  /** What the person must do, without the date: the app adds "vóór <deadline>". */
  omschrijving: string
  /** yyyy-mm-dd */
  deadline: string
}

export interface OpgeslagenBijlage {
  bijlageId: string
  naam: string
}

export interface OpgeslagenBericht {
  berichtId: string
  afzender: string
  onderwerp: string
  /** HTML as the afzender sent it: the app must sanitise it before showing it. */
  inhoud: string
  type: BerichtType
  /** Epoch milliseconds: cheap to sort and compare for 10,000 berichten. */
  publicatietijdstip: number
  /** yyyy-mm-dd: the last day the bericht is kept. */
  bewaartermijn: string
  map: MapNaam
  status: BerichtStatus
  actie?: Actie
  /** Epoch milliseconds: the trash empties itself 30 days after this. */
  verplaatstNaarPrullenbakOp?: number
  bijlagen: OpgeslagenBijlage[]
}

/** Which afzenders the caller may see: a machtiging can limit this (DESIGN.md §5, Pieter for Anna). */
export type AfzenderBereik = 'alle' | ReadonlySet<string>

export const zichtbaarIn = (bereik: AfzenderBereik, afzender: string) => bereik === 'alle' || bereik.has(afzender)
