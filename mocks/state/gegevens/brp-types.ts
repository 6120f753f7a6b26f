import type { BrpDatum } from '../../../src/features/gegevens/gegevens.schemas'

export type { BrpDatum }

/** A value from a BRP reference table (Waardetabel): a code and its description. */
export interface Waarde {
  code?: string
  omschrijving: string
}

export interface Naam {
  voornamen: string
  voorvoegsel?: string
  geslachtsnaam: string
}

export interface Geboorte {
  datum: BrpDatum
  plaats?: Waarde
  land?: Waarde
}

export interface Adres {
  officieleStraatnaam: string
  huisnummer: number
  huisletter?: string
  huisnummertoevoeging?: string
  postcode: string
  woonplaats: string
}

/** One address in a person's history; it ends where the next (newer) one begins. */
export interface Bewoning {
  verblijfadres: Adres
  datumVan: BrpDatum
  gemeente: Waarde
}

/**
 * A related person as the BRP registers them on this person's record. With a burgerservicenummer that is in
 * the registry, name and birth come from that person's own record (a correction there shows here too).
 */
export interface Gerelateerde {
  burgerservicenummer?: string
  naam?: Naam
  geboorte?: Geboorte
}

export interface Partner extends Gerelateerde {
  soortVerbintenis: Waarde
  aangaan: { datum: BrpDatum; plaats?: Waarde; land?: Waarde }
}

export interface Ouder extends Gerelateerde {
  ouderAanduiding: '1' | '2'
}

/** Who has gezag over this person while a minor. */
export interface Gezag {
  type: 'GezamenlijkOuderlijkGezag' | 'EenhoofdigOuderlijkGezag'
  dragers: readonly string[]
}

/** A person in the mock BRP: what the registry keeps; the API shape is made from it (brp-persoon.ts). */
export interface BrpRecord {
  burgerservicenummer: string
  naam: Naam
  geslacht: Waarde
  geboorte: Geboorte
  nationaliteiten: Waarde[]
  /** Newest first: the first is the current address. */
  bewoning: [Bewoning, ...Bewoning[]]
  partners?: Partner[]
  kinderen?: Gerelateerde[]
  ouders?: Ouder[]
  gezag?: Gezag
}
