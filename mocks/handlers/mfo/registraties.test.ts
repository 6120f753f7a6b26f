import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { BSN, buitenMachtiging, meldbaar, mfo, registratiesVan, useTestServer } from './test-server'

useTestServer()

describe('GET /api/correctieverzoeken/_registraties', () => {
  it("lists Yusuf's wrong achternaam for Fatima, who has gezag over him, with whose it is and who corrects it", async () => {
    const registraties = await registratiesVan()
    const brp = registraties.find((registratie) => registratie.registratie === 'brp')
    expect(brp).toMatchObject({ naam: 'Basisregistratie Personen (BRP)', bronhouder: 'Gemeente Utrecht' })
    expect(brp?.gegevens).toContainEqual({
      id: 'brp.999990147.geslachtsnaam',
      registratie: 'brp',
      onderwerp: 'Yusuf El Amarni (uw kind)',
      burgerservicenummer: BSN.yusuf,
      gegeven: 'geslachtsnaam',
      label: 'Achternaam',
      waarde: 'El Amarni',
    })
    const eigen = brp?.gegevens.filter((gegeven) => gegeven.burgerservicenummer === BSN.fatima) ?? []
    expect(eigen.map(({ gegeven, waarde }) => [gegeven, waarde])).toEqual([
      ['voornamen', 'Fatima'],
      ['geslachtsnaam', 'El Amrani'],
      ['geboortedatum', '12 april 1986'],
      ['geboorteplaats', 'Utrecht'],
      ['geslacht', 'vrouw'],
      ['nationaliteit', 'Nederlandse, Marokkaanse'],
      ['adres', 'Oudegracht 128, 3511 AX Utrecht'],
    ])
    expect(new Set(eigen.map(({ onderwerp }) => onderwerp))).toEqual(new Set(['U zelf']))
    // Sara is an adult: her data is her own business.
    expect(brp?.gegevens.some((gegeven) => gegeven.burgerservicenummer === BSN.sara)).toBe(false)
  })

  it('gives the date of birth as words, the same as the BRP writes it', async () => {
    const geboortedatum = await meldbaar(`brp.${BSN.yusuf}.geboortedatum`)
    expect(geboortedatum.waarde).toBe(backend.gegevens.brp.persoon(BSN.yusuf)?.geboorte.datum.langFormaat)
    expect(geboortedatum.waarde).toMatch(/^\d{1,2} [a-z]+ \d{4}$/)
  })

  it('lists the other registrations with a few items each, and leaves out one with nothing', async () => {
    const registraties = await registratiesVan()
    expect(registraties.map(({ registratie, bronhouder }) => [registratie, bronhouder])).toEqual([
      ['brp', 'Gemeente Utrecht'],
      ['rdw', 'RDW'],
      ['kadaster', 'Kadaster'],
      ['woz', 'Gemeente Utrecht'],
      ['duo', 'DUO'],
      ['belastingdienst', 'Belastingdienst'],
    ])
    expect(await meldbaar('rdw.T-472-KV.kleur')).toMatchObject({ onderwerp: 'Auto T-472-KV', label: 'Kleur', waarde: 'Grijs' })
    const noor = await registratiesVan('noorSubstantieel')
    expect(noor.map(({ registratie }) => registratie)).toEqual(['brp'])
    expect(noor[0]?.gegevens.every((gegeven) => gegeven.onderwerp === 'U zelf')).toBe(true)
  })

  it('gives the same ids after a reset, so a link to one value keeps working', async () => {
    const ids = (await registratiesVan()).flatMap(({ gegevens }) => gegevens.map(({ id }) => id))
    backend.reset()
    expect((await registratiesVan()).flatMap(({ gegevens }) => gegevens.map(({ id }) => id))).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is never open to someone acting for another, at any level', async () => {
    for (const token of ['pieterVoorAnna', 'pieterSubstantieelVoorAnna', 'ruudVoorSanne'] as const) {
      await buitenMachtiging(await mfo('/_registraties', { token }), 'nooit', token)
      await buitenMachtiging(await mfo('', { token }), 'nooit', token)
    }
    expect((await mfo('/_registraties', { token: 'fatima' })).status).toBe(200)
  })
})
