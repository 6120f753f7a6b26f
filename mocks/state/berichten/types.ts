/**
 * The Berichtenbox as the mock keeps it: one mailbox per burgerservicenummer. Folders, states and kinds
 * come from the app's own schemas, so the two can never disagree.
 */
import type { BerichtSamenvatting, BerichtStatus, BerichtType, MapNaam } from '../../../src/features/berichten/berichten.schemas'

export { BERICHT_TYPES, MAPPEN, STATUSSEN } from '../../../src/features/berichten/berichten.schemas'
export type { BerichtStatus, BerichtType, MapNaam }

/** What the person must do (without the date: the app adds "vóór <deadline>") and the last day, yyyy-mm-dd. */
export type Actie = NonNullable<BerichtSamenvatting['actie']>

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
