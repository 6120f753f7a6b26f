import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { leesLijst } from '../berichten/contract'
import { leesGebruik } from '../gegevens/contract'
import { api, BSN, buitenMachtiging, handelingen, probleem, useTestServer, verzetKlok, type Token } from '../test-server'

useTestServer()

const PORTAAL = 'Mijn Overheid (Logius)'

/** Anna's letters as she sees them herself. */
async function brievenVanAnna() {
  return leesLijst(await (await api('/berichten?paginaGrootte=200', { token: 'anna' })).json()).berichten
}

async function brief(afzender: string) {
  const gevonden = (await brievenVanAnna()).find((bericht) => bericht.afzender === afzender)
  if (!gevonden) throw new Error(`geen brief van ${afzender}`)
  return gevonden
}

const archiveer = (berichtId: string, token: Token) =>
  api(`/berichten/${berichtId}`, { token, method: 'PATCH', body: { map: 'archief' }, contentType: 'application/merge-patch+json' })

describe('Namens u gedaan', () => {
  it('shows Anna that Pieter moved her letter to the archive: who, what, which letter, when', async () => {
    const svb = await brief('SVB')
    const voor = Date.now()
    expect((await archiveer(svb.berichtId, 'pieterVoorAnna')).status).toBe(200)

    const { handelingen: lijst, totaal } = await handelingen('anna')
    expect(totaal).toBe(1)
    expect(lijst[0]).toMatchObject({
      gemachtigde: { naam: 'Pieter de Vries' },
      actie: 'Bericht verplaatst naar het archief',
      gegevens: `Bericht van SVB: ${svb.onderwerp}`,
      toegestaan: true,
      aantal: 1,
    })
    expect(Date.parse(lijst[0]?.tijdstip ?? '')).toBeGreaterThanOrEqual(voor - 1000)
    // And it was done: Anna finds it in her archive.
    const archief = leesLijst(await (await api('/berichten?map=archief', { token: 'anna' })).json()).berichten
    expect(archief.map(({ berichtId }) => berichtId)).toContain(svb.berichtId)
  })

  it('shows what Pieter read, and what he tried and was refused, with toegestaan false', async () => {
    const belasting = await brief('Belastingdienst')
    const gemeente = await brief('Gemeente Amersfoort')
    expect((await api(`/berichten/${belasting.berichtId}`, { token: 'pieterVoorAnna' })).status).toBe(200)
    await buitenMachtiging(await api(`/berichten/${gemeente.berichtId}`, { token: 'pieterVoorAnna' }), 'buiten-bereik')
    await buitenMachtiging(await api('/berichtenbox/instellingen', { token: 'pieterVoorAnna' }), 'nooit')
    await buitenMachtiging(await api(`/berichten/${gemeente.berichtId}`, { token: 'pieterVoorAnna', method: 'DELETE' }), 'nooit')

    const { handelingen: lijst } = await handelingen('anna')
    expect(lijst.map(({ actie, gegevens, toegestaan }) => ({ actie, gegevens, toegestaan }))).toEqual([
      { actie: 'Verwijderd', gegevens: 'Berichten voorgoed verwijderen', toegestaan: false },
      { actie: 'Bekeken', gegevens: 'De instellingen van de Berichtenbox', toegestaan: false },
      { actie: 'Bekeken', gegevens: 'Berichten van Gemeente Amersfoort', toegestaan: false },
      { actie: 'Bericht gelezen', gegevens: `Bericht van Belastingdienst: ${belasting.onderwerp}`, toegestaan: true },
    ])
  })

  it('keeps refused attempts after the machtiging ended too', async () => {
    await api('/machtigingen/5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8a01', { token: 'anna', method: 'PATCH', body: { status: 'ingetrokken' } })
    await buitenMachtiging(await api('/zaken/zaken', { token: 'pieterVoorAnna' }), 'ingetrokken')
    expect((await handelingen('anna')).handelingen[0]).toMatchObject({ actie: 'Bekeken', gegevens: 'Zaken', toegestaan: false })
  })

  it('makes one line with a count of the same request repeated within 15 minutes of the last (the app polls)', async () => {
    for (const _keer of [1, 2, 3]) {
      expect((await api('/berichten/_aantallen', { token: 'pieterVoorAnna' })).status).toBe(200)
      verzetKlok({ seconden: 10 * 60 })
    }
    let { handelingen: lijst } = await handelingen('anna')
    expect(lijst).toHaveLength(1)
    expect(lijst[0]).toMatchObject({ actie: 'Bekeken', gegevens: 'Berichten', aantal: 3 })
    expect(Date.parse(lijst[0]?.laatstOp ?? '') - Date.parse(lijst[0]?.tijdstip ?? '')).toBeGreaterThanOrEqual(20 * 60 * 1000 - 1000)

    verzetKlok({ seconden: 6 * 60 })
    await api('/berichten/_aantallen', { token: 'pieterVoorAnna' })
    ;({ handelingen: lijst } = await handelingen('anna'))
    expect(lijst.map(({ aantal }) => aantal)).toEqual([1, 3])
  })

  it('does not merge what differs: another letter, or the same request once allowed and once refused', async () => {
    const [een, twee] = (await brievenVanAnna()).filter(({ afzender }) => afzender === 'SVB')
    await api(`/berichten/${een?.berichtId ?? ''}`, { token: 'pieterVoorAnna' })
    await api(`/berichten/${twee?.berichtId ?? ''}`, { token: 'pieterVoorAnna' })
    await api(`/berichten/${een?.berichtId ?? ''}`, { token: 'pieterVoorAnna' })
    expect((await handelingen('anna')).handelingen.map(({ gegevens, aantal }) => [gegevens, aantal])).toEqual([
      [`Bericht van SVB: ${een?.onderwerp ?? ''}`, 2],
      [`Bericht van SVB: ${twee?.onderwerp ?? ''}`, 1],
    ])

    await api('/zaken/_aantallen', { token: 'pieterVoorAnna' })
    await api('/machtigingen/5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8a01', { token: 'anna', method: 'PATCH', body: { status: 'ingetrokken' } })
    await api('/zaken/_aantallen', { token: 'pieterVoorAnna' })
    expect((await handelingen('anna')).handelingen.slice(0, 2).map(({ gegevens, toegestaan, aantal }) => [gegevens, toegestaan, aantal])).toEqual([
      ['Zaken', false, 1],
      ['Zaken', true, 1],
    ])
  })

  it('pages newest first with HAL links that keep the page size', async () => {
    // Distinct subjects: the log counts the same letter subject within 15 minutes as one entry, and in the first days of
    // a month two AOW letters can both be "over oktober" (the seed dates are relative to today).
    const svb = (await brievenVanAnna())
      .filter(({ afzender }) => afzender === 'SVB' || afzender === 'Belastingdienst')
      .filter((bericht, index, alle) => alle.findIndex((ander) => ander.onderwerp === bericht.onderwerp) === index)
      .slice(0, 5)
    expect(svb).toHaveLength(5)
    for (const bericht of svb) await api(`/berichten/${bericht.berichtId}`, { token: 'pieterVoorAnna' })

    const eerste = await handelingen('anna', '?paginaGrootte=2')
    expect(eerste.totaal).toBe(5)
    expect(eerste.handelingen.map(({ gegevens }) => gegevens)).toEqual(svb.slice(3).reverse().map((bericht) => `Bericht van ${bericht.afzender}: ${bericht.onderwerp}`))
    expect(eerste._links).toEqual({
      self: { href: '/api/machtigingen/handelingen?paginaGrootte=2&pagina=1' },
      next: { href: '/api/machtigingen/handelingen?paginaGrootte=2&pagina=2' },
    })
    const tweede = await handelingen('anna', eerste._links.next?.href.replace('/api/machtigingen/handelingen', '') ?? '')
    expect(tweede._links.prev?.href).toBe('/api/machtigingen/handelingen?paginaGrootte=2&pagina=1')
    const derde = await handelingen('anna', tweede._links.next?.href.replace('/api/machtigingen/handelingen', '') ?? '')
    expect(derde.handelingen.map(({ gegevens }) => gegevens)).toEqual([`Bericht van ${svb[0]?.afzender ?? ''}: ${svb[0]?.onderwerp ?? ''}`])
    expect(derde._links.next).toBeUndefined()
    const ids = [...eerste.handelingen, ...tweede.handelingen, ...derde.handelingen].map(({ id }) => id)
    expect(new Set(ids).size).toBe(5)
  })

  it('refuses page parameters out of bounds with invalidParams', async () => {
    for (const [query, naam] of [
      ['?pagina=0', 'pagina'],
      ['?paginaGrootte=101', 'paginaGrootte'],
      ['?paginaGrootte=twee', 'paginaGrootte'],
    ] as const) {
      const response = await api(`/machtigingen/handelingen${query}`, { token: 'anna' })
      expect(response.status, query).toBe(400)
      expect((await probleem(response)).invalidParams?.[0]?.name).toBe(naam)
    }
  })

  it("lists only what was done on the person's behalf: not her own requests, not on the gemachtigde's own list", async () => {
    await api('/berichten', { token: 'anna' })
    await api('/berichten', { token: 'pieter' })
    expect((await handelingen('anna')).totaal).toBe(0)
    await api('/berichten', { token: 'pieterVoorAnna' })
    expect((await handelingen('anna')).totaal).toBe(1)
    expect((await handelingen('pieter')).totaal).toBe(0)
    // A bewindvoerder's requests land with the client he acted for, by his name.
    await api('/zaken/zaken', { token: 'ruudVoorHenk' })
    expect((await handelingen('henk')).handelingen).toEqual([expect.objectContaining({ gemachtigde: { naam: 'Ruud Smit' }, gegevens: 'Zaken', toegestaan: true })])
    expect(backend.machtigingen.handelingen.lijst(BSN.sanne, 0, 10).totaal).toBe(0)
  })

  it("logs a request for another person's id as refused, and not as a use of the person's data", async () => {
    const vanFatima = leesLijst(await (await api('/berichten', { token: 'fatima' })).json()).berichten[0]
    await buitenMachtiging(await api(`/berichten/${vanFatima?.berichtId ?? ''}`, { token: 'pieterVoorAnna' }), 'buiten-bereik')
    expect((await handelingen('anna')).handelingen[0]).toMatchObject({ toegestaan: false })
    const gebruik = leesGebruik(await (await api('/gegevensgebruik', { token: 'anna' })).json()).gebruik
    expect(gebruik.some((regel) => regel.gemachtigde === 'Pieter de Vries')).toBe(false)
  })
})

describe("Wie gebruikte mijn gegevens: what a gemachtigde did", () => {
  it("includes Pieter's actions on Anna's post and zaken, with his name and the ground", async () => {
    const svb = await brief('SVB')
    await archiveer(svb.berichtId, 'pieterVoorAnna')
    await api('/zaken/zaken', { token: 'pieterVoorAnna' })
    const { gebruik } = leesGebruik(await (await api('/gegevensgebruik', { token: 'anna' })).json())
    const vanPieter = gebruik.filter((regel) => regel.gemachtigde === 'Pieter de Vries')
    expect(vanPieter).toEqual([
      expect.objectContaining({
        organisatie: PORTAAL,
        doel: 'Uw gemachtigde regelde zaken voor u in Mijn Overheid',
        grondslag: 'Machtiging via DigiD Machtigen',
        gegevens: expect.arrayContaining(['Berichten van SVB', 'Zaken']),
      }),
    ])
    expect(gebruik[0]).toBe(vanPieter[0])
  })

  it('leaves refused requests out of the usage log: nothing was used', async () => {
    await api(`/berichten/${(await brief('Gemeente Amersfoort')).berichtId}`, { token: 'pieterVoorAnna' })
    await api('/berichtenbox/instellingen', { token: 'pieterVoorAnna' })
    const { gebruik } = leesGebruik(await (await api('/gegevensgebruik', { token: 'anna' })).json())
    expect(gebruik.filter((regel) => regel.gemachtigde !== undefined)).toEqual([])
  })

  it("puts Ruud's work for Henk on Henk's log as his bewindvoerder", async () => {
    await api('/berichten', { token: 'ruudVoorHenk' })
    const { gebruik } = leesGebruik(await (await api('/gegevensgebruik', { token: 'henk' })).json())
    expect(gebruik[0]).toMatchObject({ gemachtigde: 'Ruud Smit', doel: 'Uw bewindvoerder regelde zaken voor u in Mijn Overheid', grondslag: expect.stringContaining('beschermingsbewind') })
  })
})
