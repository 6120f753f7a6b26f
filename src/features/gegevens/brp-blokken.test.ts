import { describe, expect, it } from 'vitest'
import { brpBlokken, kindBlokken } from './brp-blokken'
import { sleutelTekst, testHistorie, testPersoon } from './gegevens.fixtures'

const waarden = (blok: { regels: { gegeven: string; waarde: string }[] } | undefined) => blok?.regels.map((regel) => [regel.gegeven, regel.waarde])

describe('brpBlokken', () => {
  it('groups the person, the address, earlier addresses and the parents, each value with its source', () => {
    const blokken = brpBlokken(testPersoon(), testHistorie(), sleutelTekst)
    expect(blokken.map((blok) => blok.id)).toEqual(['persoon', 'adres', 'adres-historie', 'ouder-0', 'ouder-1'])
    expect(waarden(blokken[0])).toContainEqual(['geslachtsnaam', 'El Amrani'])
    expect(blokken[0]?.regels.find((regel) => regel.gegeven === 'burgerservicenummer')?.bsn).toBe(true)
    expect(waarden(blokken[1])).toContainEqual(['adres', 'Oudegracht 128, 3511 AX Utrecht'])
    // The current address is not repeated among the earlier ones.
    expect(blokken[2]?.regels).toHaveLength(1)
    expect(blokken[2]?.regels[0]?.waarde).toContain('Biltstraat 12A, 3572 AB Utrecht')
    expect(blokken.flatMap((blok) => blok.regels).filter((regel) => !regel.bsn).every((regel) => regel.bron === 'brp')).toBe(true)
  })

  it('leaves out what the BRP does not have, rather than showing empty rows', () => {
    const blokken = brpBlokken(testPersoon({ ouders: [], partners: undefined, verblijfplaats: undefined, gemeenteVanInschrijving: undefined }), null, sleutelTekst)
    expect(blokken.map((blok) => blok.id)).toEqual(['persoon'])
  })

  it('shows a child with its own data and parents, not more', () => {
    const blokken = kindBlokken(testPersoon({ naam: { voornamen: 'Yusuf', geslachtsnaam: 'El Amarni' } }), sleutelTekst)
    expect(blokken.map((blok) => blok.id)).toEqual(['persoon', 'adres', 'ouder-0', 'ouder-1'])
    expect(waarden(blokken[0])).toContainEqual(['geslachtsnaam', 'El Amarni'])
  })
})
