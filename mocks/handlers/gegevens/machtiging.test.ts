import { describe, expect, it } from 'vitest'
import { BRP_VELDEN_EIGEN } from '../../../src/features/gegevens/gegevens.api'
import { leesInkomens, leesPersonen } from './contract'
import { api, BSN, historie, logVan, personen, probleem, useGegevensServer, type Token } from './test-server'

useGegevensServer()

const BRONNEN = ['/rdw/voertuigen', '/kadaster/onroerende-zaken', '/duo/diplomas', '/belastingdienst/inkomens', '/gegevensgebruik', '/toestemmingen']

async function buitenMachtiging(response: Response) {
  expect(response.status).toBe(403)
  const probleemBody = await probleem(response)
  expect(probleemBody.code).toBe('buiten-machtiging')
  return probleemBody.detail ?? ''
}

describe('Gegevens for someone acting on another person’s behalf', () => {
  it('gives Pieter, acting for his mother, none of her gegevens: the machtiging does not cover them', async () => {
    expect(await buitenMachtiging(await personen(BSN.anna, BRP_VELDEN_EIGEN, 'pieterVoorAnna'))).toBe(
      'Uw machtiging voor Anna de Vries-Bakker geldt niet voor gegevens uit de Basisregistratie Personen.',
    )
    await buitenMachtiging(await historie(BSN.anna, 'pieterVoorAnna'))
    for (const pad of BRONNEN) expect(await buitenMachtiging(await api(pad, { token: 'pieterVoorAnna' })), pad).toMatch(/^Uw machtiging voor Anna/)
    expect(await buitenMachtiging(await api('/toestemmingen/x', { token: 'pieterVoorAnna', method: 'PATCH', body: { status: 'ingetrokken' } }))).toContain('toestemmingen')
    // Nothing was read, so nothing is logged.
    expect(logVan(BSN.anna).filter((regel) => regel.organisatie === 'Mijn Overheid (Logius)')).toEqual([])
  })

  it("gives Ruud, bewindvoerder for Henk, Henk's income and nothing else of the gegevens", async () => {
    const response = await api('/belastingdienst/inkomens', { token: 'ruudVoorHenk' })
    expect(response.status).toBe(200)
    expect(leesInkomens(await response.json()).inkomens.length).toBeGreaterThan(0)
    expect(await buitenMachtiging(await personen(BSN.henk, ['naam'], 'ruudVoorHenk'))).toContain('Henk Jansen')
    for (const pad of BRONNEN.filter((pad) => pad !== '/belastingdienst/inkomens')) await buitenMachtiging(await api(pad, { token: 'ruudVoorHenk' }))
  })

  it("logs Ruud's read on Henk's log, with his name and the ground of the bewind", async () => {
    await api('/belastingdienst/inkomens', { token: 'ruudVoorHenk' })
    expect(logVan(BSN.henk)[0]).toMatchObject({
      organisatie: 'Mijn Overheid (Logius)',
      gegevens: ['Inkomen'],
      gemachtigde: 'Ruud Smit',
      doel: 'Uw bewindvoerder bekeek uw gegevens in Mijn Overheid',
      grondslag: expect.stringContaining('beschermingsbewind'),
    })
    // Not on Ruud's own log.
    expect(logVan('999990068').some((regel) => regel.organisatie === 'Mijn Overheid (Logius)')).toBe(false)
  })

  it('lets the acting person read their own name for the header, logged on their own log', async () => {
    for (const [token, bsn, naam] of [
      ['pieterVoorAnna', '999990020', 'Pieter de Vries'],
      ['ruudVoorHenk', '999990068', 'Ruud Smit'],
    ] as const) {
      const response = await personen(bsn, ['naam.volledigeNaam'], token)
      expect(response.status, token).toBe(200)
      expect(leesPersonen(await response.json()).personen).toEqual([{ naam: { volledigeNaam: naam } }])
      expect(logVan(bsn)[0]).toMatchObject({ gegevens: ['Naam'], doel: 'U bekeek uw gegevens in Mijn Overheid' })
      expect(logVan(bsn)[0]?.gemachtigde).toBeUndefined()
    }
    // Their own and the represented person's together: the machtiging decides, and it does not cover the BRP.
    const samen = await api('/brp/personen', {
      token: 'pieterVoorAnna',
      method: 'POST',
      body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990020', BSN.anna], fields: ['naam'] },
    })
    await buitenMachtiging(samen)
  })

  it('still lets everyone read their own gegevens', async () => {
    const eigen: Token[] = ['anna', 'henk']
    for (const token of eigen) expect((await api('/belastingdienst/inkomens', { token })).status, token).toBe(200)
  })
})
