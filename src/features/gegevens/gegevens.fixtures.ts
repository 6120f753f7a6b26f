import type { Tekst } from './gegevens-blok'
import type { BrpPersoon, Toestemming, Verblijfplaatshistorie, Voertuigen } from './gegevens.schemas'

/** Test data in the shapes the API answers (component tests that need no server). */
export function testPersoon(overrides: Partial<BrpPersoon> = {}): BrpPersoon {
  return {
    burgerservicenummer: '999990019',
    naam: { voornamen: 'Fatima', geslachtsnaam: 'El Amrani' },
    geboorte: {
      datum: { type: 'Datum', datum: '1986-04-12', langFormaat: '12 april 1986' },
      plaats: { omschrijving: 'Utrecht' },
      land: { code: '6030', omschrijving: 'Nederland' },
    },
    geslacht: { code: 'V', omschrijving: 'vrouw' },
    nationaliteiten: [{ type: 'Nationaliteit', nationaliteit: { code: '0001', omschrijving: 'Nederlandse' } }],
    verblijfplaats: {
      type: 'Adres',
      verblijfadres: { officieleStraatnaam: 'Oudegracht', huisnummer: 128, postcode: '3511 AX', woonplaats: 'Utrecht' },
      datumVan: { type: 'Datum', datum: '2015-06-01', langFormaat: '1 juni 2015' },
    },
    gemeenteVanInschrijving: { code: '0344', omschrijving: 'Utrecht' },
    ouders: [
      { naam: { voornamen: 'Mohamed', geslachtsnaam: 'El Amrani' }, geboorte: { datum: { type: 'JaarDatum', jaar: 1950, langFormaat: '1950' } } },
      { naam: { voornamen: 'Khadija', geslachtsnaam: 'Bennani' }, geboorte: { datum: { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' } } },
    ],
    ...overrides,
  }
}

export function testHistorie(): Verblijfplaatshistorie {
  return {
    verblijfplaatsen: [
      {
        type: 'Adres',
        verblijfadres: { officieleStraatnaam: 'Oudegracht', huisnummer: 128, postcode: '3511 AX', woonplaats: 'Utrecht' },
        datumVan: { type: 'Datum', datum: '2015-06-01', langFormaat: '1 juni 2015' },
      },
      {
        type: 'Adres',
        verblijfadres: { officieleStraatnaam: 'Biltstraat', huisnummer: 12, huisletter: 'A', postcode: '3572 AB', woonplaats: 'Utrecht' },
        datumVan: { type: 'JaarMaandDatum', jaar: 2009, maand: 3, langFormaat: 'maart 2009' },
        datumTot: { type: 'Datum', datum: '2015-06-01', langFormaat: '1 juni 2015' },
        gemeenteVanInschrijving: { code: '0344', omschrijving: 'Utrecht' },
      },
    ],
  }
}

export function testVoertuigen(vervaldatumApk: string): Voertuigen {
  return {
    bron: { organisatie: 'RDW', telefoon: '0900 0739', website: 'https://www.rdw.nl', bijgewerktOp: '2026-11-03T09:00:00Z' },
    voertuigen: [
      { kenteken: 'GZ-123-X', merk: 'Toyota', handelsbenaming: 'Yaris', voertuigsoort: 'Personenauto', datumTenaamstelling: '2021-05-01', vervaldatumApk },
    ],
  }
}

export function testToestemming(overrides: Partial<Toestemming> = {}): Toestemming {
  return {
    id: 't1',
    ontvanger: { naam: 'Spaarbank Voorbeeld', soort: 'Bank' },
    gegevens: ['Inkomen'],
    doel: 'Hypotheekaanvraag beoordelen',
    vanaf: '2026-01-01',
    tot: '2027-01-01',
    status: 'actief',
    ...overrides,
  }
}

/** Dutch texts without vue-i18n: the key and its parameters, enough to see which text was chosen. */
export const sleutelTekst: Tekst = {
  locale: 'nl',
  t: (key, params) => (params && typeof params === 'object' ? `${key} ${JSON.stringify(params)}` : key),
}
