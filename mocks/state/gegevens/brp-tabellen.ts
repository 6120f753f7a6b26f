import type { Adres, Bewoning, BrpDatum, Waarde } from './brp-types'

/** Codes from the BRP's national tables (Gemeententabel, Landentabel, Nationaliteitentabel). */
const GEMEENTE_CODES: Record<string, string> = {
  Groningen: '0014',
  Zwolle: '0193',
  Arnhem: '0202',
  Amersfoort: '0307',
  Houten: '0321',
  Utrecht: '0344',
  Zeist: '0355',
  Amsterdam: '0363',
  Rotterdam: '0599',
}

export function gemeente(naam: string): Waarde {
  const code = GEMEENTE_CODES[naam]
  return code ? { code, omschrijving: naam } : { omschrijving: naam }
}

export const NEDERLAND: Waarde = { code: '6030', omschrijving: 'Nederland' }
export const MAROKKO: Waarde = { code: '5022', omschrijving: 'Marokko' }
export const TURKIJE: Waarde = { code: '6043', omschrijving: 'Turkije' }

export const NEDERLANDSE: Waarde = { code: '0001', omschrijving: 'Nederlandse' }
export const MAROKKAANSE: Waarde = { code: '0131', omschrijving: 'Marokkaanse' }
export const TURKSE: Waarde = { code: '0339', omschrijving: 'Turkse' }

export const MAN: Waarde = { code: 'M', omschrijving: 'man' }
export const VROUW: Waarde = { code: 'V', omschrijving: 'vrouw' }

export const HUWELIJK: Waarde = { code: 'H', omschrijving: 'huwelijk' }
export const PARTNERSCHAP: Waarde = { code: 'P', omschrijving: 'geregistreerd partnerschap' }

/** A place of birth or marriage in the Netherlands: the gemeente. Abroad: the place name only. */
export const inNederland = (plaats: string) => ({ plaats: gemeente(plaats), land: NEDERLAND })
export const inBuitenland = (plaats: string, land: Waarde) => ({ plaats: { omschrijving: plaats }, land })

/** "Oudegracht 128, 3511 AX Utrecht" as an address living there since `datumVan`; gemeente is the woonplaats unless given. */
export function woont(adres: string, datumVan: BrpDatum, gemeenteNaam?: string): Bewoning {
  const match = /^(.+?) (\d+)(?: ([A-Z]))?(?: (bis|\d+|[a-z]+))?, (\d{4} [A-Z]{2}) (.+)$/.exec(adres)
  if (!match) throw new Error(`Geen adres: ${adres}`)
  const [, straat = '', huisnummer = '0', huisletter, toevoeging, postcode = '', woonplaats = ''] = match
  const verblijfadres: Adres = {
    officieleStraatnaam: straat,
    huisnummer: Number(huisnummer),
    ...(huisletter ? { huisletter } : {}),
    ...(toevoeging ? { huisnummertoevoeging: toevoeging } : {}),
    postcode,
    woonplaats,
  }
  return { verblijfadres, datumVan, gemeente: gemeente(gemeenteNaam ?? woonplaats) }
}
