import type { BronSleutel } from './gegevens-blok'
import type { Bron, BrpPersoon } from './gegevens.schemas'

/** How to reach an organisation that keeps data (public numbers and sites of the real organisations). */
export interface BronContact {
  organisatie: string
  telefoon: string
  website: string
}

/** A gemeente keeps the BRP (and sets the WOZ value); these are the ones the seed has, by CBS code. */
const GEMEENTEN: Record<string, { telefoon: string; website: string }> = {
  '0344': { telefoon: '14 030', website: 'https://www.utrecht.nl' },
  '0307': { telefoon: '14 033', website: 'https://www.amersfoort.nl' },
}

/** For a gemeente not in the list: 14 and the area code reaches every gemeente. */
export const ONBEKENDE_GEMEENTE = { telefoon: '14 + netnummer', website: 'https://www.overheid.nl/wie-is-mijn-gemeente' }

const LANDELIJK: Record<Exclude<BronSleutel, 'brp' | 'woz'>, BronContact> = {
  rdw: { organisatie: 'RDW', telefoon: '0900 0739', website: 'https://www.rdw.nl' },
  kadaster: { organisatie: 'Kadaster', telefoon: '088 183 2000', website: 'https://www.kadaster.nl' },
  duo: { organisatie: 'DUO', telefoon: '050 599 7755', website: 'https://duo.nl' },
  belastingdienst: { organisatie: 'Belastingdienst', telefoon: '0800 0543', website: 'https://www.belastingdienst.nl' },
}

/** How an organisation is named inside a sentence: "Neem contact op met de RDW". */
const IN_ZIN: Record<string, string> = { RDW: 'de RDW', Kadaster: 'het Kadaster', Belastingdienst: 'de Belastingdienst' }

export function inZin(organisatie: string): string {
  if (organisatie.startsWith('Gemeente ')) return `de gemeente ${organisatie.slice('Gemeente '.length)}`
  return IN_ZIN[organisatie] ?? organisatie
}


/** The contact for a source; for the BRP and the WOZ that is the gemeente, when it is known. */
export function bronContact(bron: BronSleutel, gemeente?: { code?: string; omschrijving?: string }): BronContact | null {
  if (bron !== 'brp' && bron !== 'woz') return LANDELIJK[bron]
  if (!gemeente?.omschrijving) return null
  const bekend = (gemeente.code && GEMEENTEN[gemeente.code]) || ONBEKENDE_GEMEENTE
  return { organisatie: `Gemeente ${gemeente.omschrijving}`, ...bekend }
}

/** The BRP answer has no `bron`: the gemeente of inschrijving keeps it, and it is live, so "updated" is when we asked. */
export function brpBron(persoon: BrpPersoon, opgehaaldOp: Date): Bron | null {
  const contact = bronContact('brp', persoon.gemeenteVanInschrijving)
  return contact ? { ...contact, bijgewerktOp: opgehaaldOp.toISOString() } : null
}
