import { describe, expect, it } from 'vitest'
import { adresTekst, brpDatumTekst, naamTekst } from './brp-weergave'
import { sleutelTekst } from './gegevens.fixtures'

const nl = { ...sleutelTekst, t: (key: string) => (key === 'gegevens.onbekend' ? 'onbekend' : key) }
const en = { ...nl, locale: 'en' }

describe('brpDatumTekst', () => {
  it('writes a complete date in full, in the chosen language', () => {
    expect(brpDatumTekst({ type: 'Datum', datum: '1986-04-12', langFormaat: '12 april 1986' }, nl)).toBe('12 april 1986')
    expect(brpDatumTekst({ type: 'Datum', datum: '1986-04-12', langFormaat: '12 april 1986' }, en)).toBe('12 April 1986')
  })

  it('never makes up a day: year and month, the year, or "onbekend"', () => {
    expect(brpDatumTekst({ type: 'JaarMaandDatum', jaar: 2009, maand: 3, langFormaat: 'maart 2009' }, nl)).toBe('maart 2009')
    expect(brpDatumTekst({ type: 'JaarDatum', jaar: 1950, langFormaat: '1950' }, nl)).toBe('1950')
    expect(brpDatumTekst({ type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' }, nl)).toBe('onbekend')
    expect(brpDatumTekst(undefined, nl)).toBe('onbekend')
  })
})

describe('names and addresses', () => {
  it('joins first names, prefix and surname', () => {
    expect(naamTekst({ voornamen: 'Pieter', voorvoegsel: 'de', geslachtsnaam: 'Vries' })).toBe('Pieter de Vries')
    expect(naamTekst({ geslachtsnaam: 'Visser' })).toBe('Visser')
  })

  it('writes an address on one line as on post: the letter joins the number, an addition after a hyphen', () => {
    expect(adresTekst({ officieleStraatnaam: 'Biltstraat', huisnummer: 12, huisletter: 'A', huisnummertoevoeging: 'bis', postcode: '3572 AB', woonplaats: 'Utrecht' })).toBe(
      'Biltstraat 12A-bis, 3572 AB Utrecht',
    )
    expect(adresTekst({ officieleStraatnaam: 'Van Speijkstraat', huisnummer: 14, huisnummertoevoeging: '2' })).toBe('Van Speijkstraat 14-2')
    expect(adresTekst(undefined)).toBe('')
  })
})
