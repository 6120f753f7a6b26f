import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { DAG_MS, isoDatum, jaarVan } from '../../state/dates'
import { leesDiplomas, leesInkomens, leesOnroerendeZaken, leesVoertuigen } from './contract'
import { api, probleem, useGegevensServer, type Token } from './test-server'

useGegevensServer()

async function lees<T>(pad: string, lezer: (body: unknown) => T, token: Token = 'fatima'): Promise<T> {
  const response = await api(pad, { token })
  expect(response.status, pad).toBe(200)
  return lezer(await response.json())
}

const voertuigen = (token?: Token) => lees('/rdw/voertuigen', leesVoertuigen, token)
const onroerendeZaken = (token?: Token) => lees('/kadaster/onroerende-zaken', leesOnroerendeZaken, token)
const diplomas = (token?: Token) => lees('/duo/diplomas', leesDiplomas, token)
const inkomens = (token?: Token) => lees('/belastingdienst/inkomens', leesInkomens, token)
const dagenTot = (datum: string | undefined) => Math.round((Date.parse(`${datum ?? ''}T12:00:00Z`) - backend.clock.now().getTime()) / DAG_MS)

describe('RDW, Kadaster, DUO and Belastingdienst (mock)', () => {
  it("gives Fatima's car with an APK that expires in about three weeks by the mock clock", async () => {
    const { bron, voertuigen: auto } = await voertuigen()
    expect(bron).toMatchObject({ organisatie: 'RDW', website: 'https://www.rdw.nl' })
    expect(Date.parse(bron.bijgewerktOp)).toBeLessThan(backend.clock.now().getTime())
    expect(auto).toHaveLength(1)
    expect(dagenTot(auto[0]?.vervaldatumApk)).toBeGreaterThanOrEqual(19)
    expect(dagenTot(auto[0]?.vervaldatumApk)).toBeLessThanOrEqual(23)
  })

  it('gives Kees three vehicles: one APK expired, one close, one fine', async () => {
    const { voertuigen: lijst } = await voertuigen('kees')
    const dagen = lijst.map((voertuig) => dagenTot(voertuig.vervaldatumApk)).sort((a, b) => a - b)
    expect(dagen).toHaveLength(3)
    expect(dagen[0]).toBeLessThan(0)
    expect(dagen[1]).toBeGreaterThan(0)
    expect(dagen[1]).toBeLessThan(30)
    expect(dagen[2]).toBeGreaterThan(90)
  })

  it('gives the house on the Oudegracht with a WOZ value for each of the last five years, newest first', async () => {
    const { bron, onroerendeZaken: zaken } = await onroerendeZaken()
    expect(bron.organisatie).toBe('Kadaster')
    expect(zaken[0]?.adres).toMatchObject({ officieleStraatnaam: 'Oudegracht', huisnummer: 128, woonplaats: 'Utrecht' })
    const jaren = zaken[0]?.wozWaarden.map((woz) => woz.belastingjaar)
    const dit = jaarVan(backend.clock.now().getTime())
    expect(jaren).toEqual([dit, dit - 1, dit - 2, dit - 3, dit - 4])
    expect(zaken[0]?.wozWaarden[0]).toMatchObject({ peildatum: `${dit - 1}-01-01`, vastgesteldDoor: 'Gemeente Utrecht' })
  })

  it("gives Fatima's diplomas and four years of income, the last one not final yet", async () => {
    const { bron, diplomas: lijst } = await diplomas()
    expect(bron.organisatie).toBe('DUO')
    expect(lijst.length).toBeGreaterThanOrEqual(2)
    expect(lijst.length).toBeLessThanOrEqual(3)
    const { inkomens: jaren } = await inkomens()
    expect(jaren.map((inkomen) => inkomen.definitief)).toEqual([false, true, true, true])
    expect(jaren[0]?.belastingjaar).toBe(jaarVan(backend.clock.now().getTime()) - 1)
  })

  it('answers Noor, who is in none of these registries, with empty lists (200, never 404)', async () => {
    expect((await voertuigen('noor')).voertuigen).toEqual([])
    expect((await onroerendeZaken('noor')).onroerendeZaken).toEqual([])
    expect((await diplomas('noor')).diplomas).toEqual([])
    expect((await inkomens('noor')).inkomens).toEqual([])
  })

  it("gives Anna her flat and her pension income, and dates the data relative to the mock clock's reset", async () => {
    expect((await onroerendeZaken('anna')).onroerendeZaken[0]?.adres.woonplaats).toBe('Amersfoort')
    expect((await inkomens('anna')).inkomens.length).toBeGreaterThan(0)
    const apk = (await voertuigen()).voertuigen[0]?.vervaldatumApk
    backend.clock.set(new Date(backend.clock.now().getTime() + 400 * DAG_MS))
    // The seed stays where it was: the APK is now long expired, as it would be.
    expect((await voertuigen()).voertuigen[0]?.vervaldatumApk).toBe(apk)
    expect(apk && apk < isoDatum(backend.clock.now().getTime())).toBe(true)
  })

  it('refuses without a token', async () => {
    for (const pad of ['/rdw/voertuigen', '/kadaster/onroerende-zaken', '/duo/diplomas', '/belastingdienst/inkomens']) {
      const response = await api(pad, { token: null })
      expect(response.status, pad).toBe(401)
      expect((await probleem(response)).title).toBe('Niet ingelogd')
    }
  })
})
