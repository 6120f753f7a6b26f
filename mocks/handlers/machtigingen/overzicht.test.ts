import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { dienstenCatalogusSchema } from '../../../src/features/machtigingen/machtigingen.schemas'
import { backend } from '../../state/backend'
import { isoDatum, plusMaanden } from '../../state/dates'
import { api, BSN, huidige, MACHTIGING, machtigingenVan, probleem, useTestServer, vandaag, voorWie } from '../test-server'

useTestServer()

const PIETER = { burgerservicenummer: BSN.pieter, naam: 'Pieter de Vries' }
const ANNA = { burgerservicenummer: BSN.anna, naam: 'Anna de Vries-Bakker' }
const OVER_TIEN_MAANDEN = () => isoDatum(plusMaanden(backend.clock.now().getTime(), 10))

describe('Machtigingen: the overview', () => {
  it('shows Anna the machtiging she gave Pieter, with its services and end date, and the one that ran out', async () => {
    const [actief, verlopen, ...meer] = await machtigingenVan('anna')
    expect(meer).toEqual([])
    expect(actief).toMatchObject({
      id: MACHTIGING.annaPieter,
      richting: 'gegeven',
      soort: 'machtiging',
      volmachtgever: ANNA,
      gemachtigde: PIETER,
      diensten: [
        { dienst: 'berichten', organisaties: ['SVB', 'Belastingdienst'] },
        { dienst: 'zaken', organisaties: ['Gemeente Amersfoort'] },
      ],
      geldigTot: OVER_TIEN_MAANDEN(),
      status: 'actief',
      intrekbaar: true,
    })
    expect(verlopen).toMatchObject({ id: MACHTIGING.annaPieterVerlopen, status: 'verlopen', intrekbaar: false, diensten: [{ dienst: 'berichten', organisaties: ['Belastingdienst'] }] })
    expect((verlopen?.geldigTot ?? '') < vandaag()).toBe(true)
  })

  it('shows Pieter the same two as received, which he cannot revoke', async () => {
    const ontvangen = await machtigingenVan('pieter')
    expect(ontvangen.map(({ id, richting, status, intrekbaar }) => ({ id, richting, status, intrekbaar }))).toEqual([
      { id: MACHTIGING.annaPieter, richting: 'ontvangen', status: 'actief', intrekbaar: false },
      { id: MACHTIGING.annaPieterVerlopen, richting: 'ontvangen', status: 'verlopen', intrekbaar: false },
    ])
    expect(ontvangen[0]?.volmachtgever).toEqual(ANNA)
  })

  it("shows Ruud's bewind as received for three clients, and Henk his as given, which he cannot revoke", async () => {
    const ruud = await machtigingenVan('ruud')
    expect(ruud.map((machtiging) => [machtiging.soort, machtiging.richting, machtiging.volmachtgever.naam, machtiging.status])).toEqual(
      expect.arrayContaining([
        ['bewind', 'ontvangen', 'Henk Jansen', 'actief'],
        ['bewind', 'ontvangen', 'Sanne Mulder', 'actief'],
        ['bewind', 'ontvangen', 'Mohammed Yilmaz', 'actief'],
      ]),
    )
    expect(ruud).toHaveLength(3)
    expect(ruud[0]?.diensten).toEqual([{ dienst: 'berichten' }, { dienst: 'zaken' }, { dienst: 'gegevens', onderdelen: ['inkomens'] }])
    expect(await machtigingenVan('henk')).toEqual([expect.objectContaining({ id: MACHTIGING.bewindHenk, richting: 'gegeven', soort: 'bewind', intrekbaar: false })])
    expect(await machtigingenVan('noor')).toEqual([])
  })

  it('lists what can be granted: the organisations per service and the parts of Gegevens', async () => {
    const catalogus = v.parse(dienstenCatalogusSchema, await (await api('/machtigingen/_diensten', { token: 'anna' })).json())
    expect(catalogus.organisaties.berichten).toEqual(expect.arrayContaining(['SVB', 'Belastingdienst', 'Gemeente Amersfoort']))
    expect(catalogus.organisaties.zaken).toEqual(expect.arrayContaining(['Gemeente Amersfoort', 'UWV']))
    expect(catalogus.gegevensOnderdelen.map(({ onderdeel }) => onderdeel)).toContain('inkomens')
  })

  it('needs a login', async () => {
    for (const pad of ['/machtigingen', '/machtigingen/_diensten', '/machtigingen/_huidige', '/machtigingen/_voor-wie', '/machtigingen/handelingen']) {
      const response = await api(pad, { token: null })
      expect(response.status, pad).toBe(401)
      expect((await probleem(response)).code).toBe('unauthorized')
    }
  })
})

describe('Machtigingen: the context of the login', () => {
  it('tells Pieter, acting for Anna, for whom, for which services and until when', async () => {
    expect(await huidige('pieterVoorAnna')).toEqual({
      volmachtgever: ANNA,
      soort: 'machtiging',
      status: 'actief',
      diensten: [
        { dienst: 'berichten', organisaties: ['SVB', 'Belastingdienst'] },
        { dienst: 'zaken', organisaties: ['Gemeente Amersfoort'] },
      ],
      geldigTot: OVER_TIEN_MAANDEN(),
    })
    expect(await huidige('ruudVoorHenk')).toMatchObject({ volmachtgever: { naam: 'Henk Jansen' }, soort: 'bewind', status: 'actief' })
  })

  it('answers 404 for a login that acts for nobody', async () => {
    const response = await api('/machtigingen/_huidige', { token: 'pieter' })
    expect(response.status).toBe(404)
    expect((await probleem(response)).detail).toBe('U regelt nu zaken voor uzelf.')
  })

  it('lists whom someone may act for now, by name, also while acting for one of them', async () => {
    expect(await voorWie('pieter')).toEqual([{ ...ANNA, soort: 'machtiging' }])
    expect(await voorWie('pieterVoorAnna')).toEqual([{ ...ANNA, soort: 'machtiging' }])
    expect((await voorWie('ruudVoorHenk')).map(({ naam, soort }) => [naam, soort])).toEqual([
      ['Henk Jansen', 'bewind'],
      ['Mohammed Yilmaz', 'bewind'],
      ['Sanne Mulder', 'bewind'],
    ])
    expect(await voorWie('fatima')).toEqual([])
    expect(await voorWie('anna')).toEqual([])
  })
})
