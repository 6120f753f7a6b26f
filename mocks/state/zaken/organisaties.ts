import type { Behandelaar } from '../../../src/features/zaken/zaken.schemas'

/** The organisations that handle zaken in the seed, and how a person reaches them. Names as the Berichtenbox spells them. */
const ORGANISATIES: readonly Behandelaar[] = [
  { naam: 'Gemeente Utrecht', telefoon: '14 030', website: 'https://www.utrecht.nl' },
  { naam: 'Gemeente Amersfoort', telefoon: '14 033', website: 'https://www.amersfoort.nl' },
  { naam: 'UWV', telefoon: '088 898 92 94', website: 'https://www.uwv.nl' },
  { naam: 'Belastingdienst', telefoon: '0800 0543', website: 'https://www.belastingdienst.nl' },
  { naam: 'DUO', telefoon: '050 599 77 55', website: 'https://duo.nl' },
]

/** Every organisation that can have a zaak, for the machtigingen a person can give. */
export const zaakOrganisaties: readonly string[] = ORGANISATIES.map((organisatie) => organisatie.naam)

export function behandelaar(naam: string): Behandelaar {
  const gevonden = ORGANISATIES.find((organisatie) => organisatie.naam === naam)
  return { ...(gevonden ?? { naam, telefoon: '1400', website: 'https://www.rijksoverheid.nl' }) }
}
