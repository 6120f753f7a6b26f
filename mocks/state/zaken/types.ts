/**
 * The zaken as the mock keeps them: one list per burgerservicenummer. Moments are epoch milliseconds (cheap
 * to sort and compare for Kees's 200 zaken); the API shapes (src/features/zaken/zaken.schemas.ts) are made
 * from these in weergave.ts. The history is not stored apart: it follows from statussen, vragen, taken and reacties.
 */
import type { Bestandstype } from '../../../src/features/zaken/zaken.schemas'

/** One step of a zaaktype (a ZGW STATUSTYPE); its volgnummer is its place in the list, the last is the eindstatus. */
export interface Stap {
  omschrijving: string
  statustekst: string
  /** What happens in this step and what the person can expect, at B1. */
  toelichting: string
}

/** A ZGW ZAAKTYPE with its statustypen, and who handles it. */
export interface Zaaktype {
  identificatie: string
  omschrijving: string
  organisatie: string
  /** Starts the zaak's identificatie: "PV-2026-004812". */
  prefix: string
  /** einddatumGepland: start plus this. */
  doorlooptijdDagen: number
  /** uiterlijkeEinddatumAfdoening: start plus this, when the law sets a term. */
  wettelijkeTermijnDagen?: number
  stappen: readonly [Stap, Stap, Stap, Stap, ...Stap[]]
  /** Only the person's own business (a correctieverzoek): never open to someone acting for them. */
  persoonlijk?: true
}

export interface OpgeslagenStatus {
  uuid: string
  /** Index in zaaktype.stappen. */
  stap: number
  gezetOp: number
}

export interface OpgeslagenTaak {
  id: string
  soort: 'upload' | 'vraag'
  omschrijving: string
  /** yyyy-mm-dd */
  deadline?: string
  vraag?: string
  berichtId?: string
  afgerondOp?: number
  antwoord?: string
  bestandsnaam?: string
}

export interface OpgeslagenDocument {
  /** The ENKELVOUDIGINFORMATIEOBJECT. */
  uuid: string
  /** The ZAAKINFORMATIEOBJECT that puts it on the zaak. */
  koppelingUuid: string
  titel: string
  bestandsnaam: string
  formaat: Bestandstype
  toegevoegdOp: number
  toegevoegdDoor: 'organisatie' | 'u'
  /** An upload keeps its bytes; a document of the organisation is a PDF made from `tekst` when asked. */
  inhoud: { soort: 'bytes'; bytes: Uint8Array } | { soort: 'brief'; tekst: string }
}

export interface OpgeslagenVraag {
  id: string
  tekst: string
  gesteldOp: number
  antwoordId: string
  antwoord: string
  /** The answer shows from this moment on (mock clock). */
  antwoordOp: number
}

export interface OpgeslagenReactie {
  id: string
  berichtId: string
  tekst: string
  bijlagen: string[]
  verstuurdOp: number
}

export interface OpgeslagenZaak {
  uuid: string
  identificatie: string
  zaaktype: Zaaktype
  omschrijving: string
  toelichting?: string
  startdatum: number
  einddatum?: number
  statussen: OpgeslagenStatus[]
  resultaat?: string
  taken: OpgeslagenTaak[]
  documenten: OpgeslagenDocument[]
  vragen: OpgeslagenVraag[]
  reacties: OpgeslagenReactie[]
  /** Letters in the Berichtenbox that belong to this zaak. */
  berichtIds: string[]
}
