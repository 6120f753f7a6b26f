import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import {
  api,
  BSN,
  buitenMachtiging,
  geefMachtiging,
  gegeven,
  gewijzigd,
  huidige,
  MACHTIGING,
  machtigingenVan,
  nieuweMachtiging,
  probleem,
  useTestServer,
  vandaag,
  voorWie,
  wijzigMachtiging,
} from '../test-server'

useTestServer()

/** Five years from today as the calendar has it (29 February: 28 February). */
function overVijfJaar(): string {
  const [jaar = '', maand = '', dag = ''] = vandaag().split('-')
  const datum = `${Number(jaar) + 5}-${maand}-${dag}`
  return maand === '02' && dag === '29' ? `${Number(jaar) + 5}-02-28` : datum
}

async function fouteInvoer(body: unknown) {
  const response = await geefMachtiging(body)
  expect(response.status).toBe(400)
  return (await probleem(response)).invalidParams ?? []
}

describe('Machtigingen: granting one', () => {
  it('needs DigiD Substantieel (403 acr-te-laag at Midden) and then gives a machtiging that waits for acceptance', async () => {
    const teLaag = await geefMachtiging(nieuweMachtiging(BSN.kees), 'anna')
    expect(teLaag.status).toBe(403)
    expect(await probleem(teLaag)).toMatchObject({ code: 'acr-te-laag', acrValues: 'http://eidas.europa.eu/LoA/substantial' })
    expect(await machtigingenVan('kees')).toEqual([])

    const nieuw = await gegeven(nieuweMachtiging(BSN.kees, [{ dienst: 'berichten', organisaties: ['SVB'] }, { dienst: 'gegevens', onderdelen: ['inkomens'] }]))
    expect(nieuw).toMatchObject({
      richting: 'gegeven',
      soort: 'machtiging',
      volmachtgever: { burgerservicenummer: BSN.anna, naam: 'Anna de Vries-Bakker' },
      // Granting is no way to find out whose BSN this is: the name shows once Kees accepted.
      gemachtigde: { burgerservicenummer: BSN.kees, naam: `burgerservicenummer ${BSN.kees}` },
      diensten: [{ dienst: 'berichten', organisaties: ['SVB'] }, { dienst: 'gegevens', onderdelen: ['inkomens'] }],
      geldigVanaf: vandaag(),
      geldigTot: vandaag(30),
      status: 'wacht-op-acceptatie',
      intrekbaar: true,
    })
    expect((await machtigingenVan('anna'))[0]).toEqual(nieuw)
    expect(await machtigingenVan('kees')).toEqual([{ ...nieuw, richting: 'ontvangen', intrekbaar: false, gemachtigde: { burgerservicenummer: BSN.kees, naam: 'Kees Bakker' } }])
  })

  it('lets one machtiging wait per person, and at most ten at once', async () => {
    expect((await geefMachtiging(nieuweMachtiging(BSN.kees), 'annaSubstantieel')).status).toBe(201)
    const nogEens = await geefMachtiging(nieuweMachtiging(BSN.kees), 'annaSubstantieel')
    expect(nogEens.status).toBe(409)
    expect(await probleem(nogEens)).toMatchObject({ code: 'wacht-al' })
  })

  it('refuses a day that is not in the calendar, and the same organisation twice', async () => {
    const februari = await geefMachtiging({ ...nieuweMachtiging(BSN.kees), geldigTot: `${Number(vandaag().slice(0, 4)) + 1}-02-30` }, 'annaSubstantieel')
    expect(februari.status).toBe(400)
    expect((await probleem(februari)).invalidParams).toEqual([expect.objectContaining({ name: 'geldigTot', reason: expect.stringContaining('bestaat niet') })])
    const dubbel = await geefMachtiging(nieuweMachtiging(BSN.kees, [{ dienst: 'berichten', organisaties: ['SVB', 'SVB'] }]), 'annaSubstantieel')
    expect(dubbel.status).toBe(400)
  })

  const GEMACHTIGDE_FOUTEN = [
    ['a BSN that fails the elfproef', '123456789', 'Dit is geen geldig burgerservicenummer. Controleer de cijfers.'],
    ['a BSN without 9 digits', '12345', 'Een burgerservicenummer heeft 9 cijfers.'],
    ['herself', BSN.anna, 'U kunt uzelf geen machtiging geven.'],
    ['a BSN nobody has', BSN.vreemde, 'Wij vinden niemand met dit burgerservicenummer.'],
  ] as const

  it.each(GEMACHTIGDE_FOUTEN)('refuses a machtiging to %s (400, invalidParams gemachtigde.burgerservicenummer)', async (_naam, bsn, reden) => {
    const fouten = await fouteInvoer({ ...nieuweMachtiging(BSN.kees), gemachtigde: { burgerservicenummer: bsn } })
    expect(new Set(fouten.map(({ name }) => name))).toEqual(new Set(['gemachtigde.burgerservicenummer']))
    expect(fouten[0]?.reason).toBe(reden)
  })

  it('gives one reason per wrong field, the first that applies', async () => {
    for (const [, bsn] of GEMACHTIGDE_FOUTEN) {
      expect(await fouteInvoer({ ...nieuweMachtiging(BSN.kees), gemachtigde: { burgerservicenummer: bsn } }), bsn).toHaveLength(1)
    }
    expect(await fouteInvoer(nieuweMachtiging(BSN.kees, undefined, '31-12-2027'))).toHaveLength(1)
  })

  it('refuses a machtiging without a gemachtigde, for no service, or for an organisation or part it does not know', async () => {
    const { gemachtigde: _weg, ...zonder } = nieuweMachtiging(BSN.kees)
    expect(await fouteInvoer(zonder)).toEqual([expect.objectContaining({ name: 'gemachtigde', code: 'required' })])
    expect(await fouteInvoer(nieuweMachtiging(BSN.kees, []))).toEqual([expect.objectContaining({ name: 'diensten', reason: 'Kies minstens één dienst.' })])
    expect(await fouteInvoer(nieuweMachtiging(BSN.kees, [{ dienst: 'berichten', organisaties: ['Zweinstein'] }]))).toEqual([
      expect.objectContaining({ name: 'diensten.0.organisaties.0', reason: 'Deze organisatie kennen wij niet.' }),
    ])
    expect(await fouteInvoer(nieuweMachtiging(BSN.kees, [{ dienst: 'zaken', organisaties: [] }]))).toEqual([expect.objectContaining({ name: 'diensten.0.organisaties' })])
    // The BRP and the usage log are not part of what a person can grant.
    expect(await fouteInvoer(nieuweMachtiging(BSN.kees, [{ dienst: 'gegevens', onderdelen: ['brp'] }]))).toEqual([expect.objectContaining({ name: 'diensten.0.onderdelen.0' })])
    expect(await fouteInvoer(nieuweMachtiging(BSN.kees, [{ dienst: 'berichten' }, { dienst: 'berichten', organisaties: ['SVB'] }]))).toEqual([
      expect.objectContaining({ name: 'diensten', reason: 'Noem elke dienst één keer.' }),
    ])
    expect(await fouteInvoer({ ...nieuweMachtiging(BSN.kees), diensten: [{ dienst: 'instellingen' }] })).toEqual([expect.objectContaining({ name: 'diensten.0.dienst' })])
  })

  it('refuses an end date in the past or more than 5 years ahead, and takes today and exactly 5 years', async () => {
    expect(await fouteInvoer(nieuweMachtiging(BSN.kees, undefined, vandaag(-1)))).toEqual([
      expect.objectContaining({ name: 'geldigTot', reason: 'Deze datum is al voorbij. Kies vandaag of een datum later.' }),
    ])
    const teVer = await fouteInvoer(nieuweMachtiging(BSN.kees, undefined, vandaag(5 * 366)))
    expect(teVer).toEqual([expect.objectContaining({ name: 'geldigTot', reason: `Een machtiging geldt hoogstens 5 jaar. Kies een datum tot en met ${overVijfJaar()}.` })])
    const dagTeVer = new Date(Date.parse(`${overVijfJaar()}T12:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    expect(await fouteInvoer(nieuweMachtiging(BSN.kees, undefined, dagTeVer))).toEqual([expect.objectContaining({ name: 'geldigTot' })])
    expect((await fouteInvoer(nieuweMachtiging(BSN.kees, undefined, '31-12-2027')))[0]).toMatchObject({ name: 'geldigTot', reason: 'Vul een datum in, zoals 2027-03-31.' })

    expect((await gegeven(nieuweMachtiging(BSN.kees, undefined, vandaag()))).geldigTot).toBe(vandaag())
    expect((await gegeven(nieuweMachtiging(BSN.fatima, undefined, overVijfJaar()))).geldigTot).toBe(overVijfJaar())
  })

  it('names every wrong field at once', async () => {
    const fouten = await fouteInvoer({ gemachtigde: { burgerservicenummer: BSN.anna }, diensten: [], geldigTot: vandaag(-1) })
    expect(fouten.map(({ name }) => name).sort()).toEqual(['diensten', 'geldigTot', 'gemachtigde.burgerservicenummer'])
  })
})

describe('Machtigingen: accepting or declining a new one', () => {
  it('does not let Kees act for Anna, nor offers her to him, until he accepts', async () => {
    const nieuw = await gegeven(nieuweMachtiging(BSN.kees, [{ dienst: 'berichten', organisaties: ['SVB'] }]))
    await buitenMachtiging(await api('/berichten', { token: 'keesVoorAnna' }), 'geen')
    expect(await voorWie('kees')).toEqual([])
    // What the mock DigiD asks at login ("Voor wie wilt u inloggen?").
    expect(backend.machtigingen.vertegenwoordigbaar(BSN.kees)).toEqual([])

    // Accepting is his own business, not something done while acting for someone.
    await buitenMachtiging(await wijzigMachtiging(nieuw.id, 'actief', 'keesVoorAnna'), 'geen')
    expect(await gewijzigd(nieuw.id, 'actief', 'kees')).toMatchObject({ id: nieuw.id, richting: 'ontvangen', status: 'actief' })

    const berichten = await api('/berichten?paginaGrootte=200', { token: 'keesVoorAnna' })
    expect(berichten.status).toBe(200)
    const { berichten: lijst } = (await berichten.json()) as { berichten: { afzender: string }[] }
    expect(lijst.length).toBeGreaterThan(0)
    expect(new Set(lijst.map(({ afzender }) => afzender))).toEqual(new Set(['SVB']))
    expect(await voorWie('kees')).toEqual([{ burgerservicenummer: BSN.anna, naam: 'Anna de Vries-Bakker', soort: 'machtiging' }])
    expect((await machtigingenVan('anna'))[0]).toMatchObject({ id: nieuw.id, status: 'actief' })
  })

  it("widens Pieter's scope only once he accepts the second machtiging, and then counts both together", async () => {
    const inkomen = await gegeven(nieuweMachtiging(BSN.pieter, [{ dienst: 'gegevens', onderdelen: ['inkomens'] }]))
    await buitenMachtiging(await api('/belastingdienst/inkomens', { token: 'pieterVoorAnna' }), 'buiten-bereik')
    expect((await huidige('pieterVoorAnna')).diensten.map(({ dienst }) => dienst)).toEqual(['berichten', 'zaken'])

    await gewijzigd(inkomen.id, 'actief', 'pieter')
    expect((await api('/belastingdienst/inkomens', { token: 'pieterVoorAnna' })).status).toBe(200)
    expect((await huidige('pieterVoorAnna')).diensten).toEqual([
      { dienst: 'berichten', organisaties: ['SVB', 'Belastingdienst'] },
      { dienst: 'zaken', organisaties: ['Gemeente Amersfoort'] },
      { dienst: 'gegevens', onderdelen: ['inkomens'] },
    ])
    // The earliest end date does not cut the other short: the banner shows the last day.
    const eerste = (await machtigingenVan('anna')).find(({ id }) => id === MACHTIGING.annaPieter)
    expect((await huidige('pieterVoorAnna')).geldigTot).toBe(eerste?.geldigTot)
    expect(inkomen.geldigTot < (eerste?.geldigTot ?? '')).toBe(true)
  })

  it('lets Kees decline; a declined machtiging never counts and cannot be accepted later', async () => {
    const nieuw = await gegeven(nieuweMachtiging(BSN.kees))
    expect(await gewijzigd(nieuw.id, 'geweigerd', 'kees')).toMatchObject({ status: 'geweigerd' })
    expect((await machtigingenVan('anna'))[0]).toMatchObject({ id: nieuw.id, status: 'geweigerd', intrekbaar: false })
    const later = await wijzigMachtiging(nieuw.id, 'actief', 'kees')
    expect(later.status).toBe(409)
    expect((await probleem(later)).code).toBe('status-kan-niet')
    await buitenMachtiging(await api('/berichten', { token: 'keesVoorAnna' }), 'geen')
  })

  it('does not let Anna accept on Kees’s behalf, nor Kees accept what Anna revoked before', async () => {
    const nieuw = await gegeven(nieuweMachtiging(BSN.kees))
    const zelf = await wijzigMachtiging(nieuw.id, 'actief', 'anna')
    expect(zelf.status).toBe(409)
    expect((await probleem(zelf)).code).toBe('status-kan-niet')
    expect((await wijzigMachtiging(nieuw.id, 'geweigerd', 'anna')).status).toBe(409)

    expect(await gewijzigd(nieuw.id, 'ingetrokken', 'anna')).toMatchObject({ status: 'ingetrokken', intrekbaar: false, ingetrokkenOp: expect.any(String) })
    expect((await wijzigMachtiging(nieuw.id, 'actief', 'kees')).status).toBe(409)
    expect(await voorWie('kees')).toEqual([])
  })
})
