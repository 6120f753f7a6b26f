import { describe, expect, it } from 'vitest'
import { createClock } from '../clock'
import { DAG_MS, isoDatum } from '../dates'
import { createMachtigingenStore } from './machtigingen-store'

const PIETER = '999990020'
const ANNA = '999990032'
const KEES = '999990044'
const RUUD = '999990068'
const HENK = '999990081'
const SEED = { annaPieter: '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8a01', bewindHenk: '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8b01' }
const NAMEN: Record<string, string> = {
  [PIETER]: 'Pieter de Vries',
  [ANNA]: 'Anna de Vries-Bakker',
  [KEES]: 'Kees Bakker',
  [RUUD]: 'Ruud Smit',
  [HENK]: 'Henk Jansen',
  '999990093': 'Sanne Mulder',
  '999990111': 'Mohammed Yilmaz',
}

function opzet() {
  const clock = createClock()
  const store = createMachtigingenStore(clock, (bsn) => NAMEN[bsn])
  const dag = (dagen: number) => isoDatum(clock.now().getTime() + dagen * DAG_MS)
  const geef = (gemachtigde: string, geldigTot = dag(30)) => store.geef(ANNA, { gemachtigde: { burgerservicenummer: gemachtigde }, diensten: [{ dienst: 'gegevens', onderdelen: ['inkomens'] }], geldigTot })
  const naarDag = (dagen: number) => clock.set(new Date(clock.now().getTime() + dagen * DAG_MS))
  return { store, dag, geef, naarDag }
}

describe('the machtigingen store', () => {
  it('knows the seed: Anna → Pieter in force, Ruud’s bewind, and no one else', () => {
    const { store } = opzet()
    expect(store.geldigheid(PIETER, ANNA)).toEqual({
      geldig: true,
      bereik: { berichten: ['SVB', 'Belastingdienst'], zaken: ['Gemeente Amersfoort'] },
      grondslag: 'Machtiging via DigiD Machtigen',
      soort: 'machtiging',
    })
    expect(store.geldigheid(RUUD, HENK)).toMatchObject({ geldig: true, soort: 'bewind', bereik: { berichten: 'alle', zaken: 'alle', gegevens: ['inkomens'] } })
    expect(store.geldigheid(ANNA, PIETER)).toEqual({ geldig: false, reden: 'geen' })
    expect(store.geldigheid(KEES, ANNA)).toEqual({ geldig: false, reden: 'geen' })
  })

  it('counts a new machtiging only once accepted, and then together with the one already in force', () => {
    const { store, geef } = opzet()
    const nieuw = geef(PIETER)
    expect(nieuw.status).toBe('wacht-op-acceptatie')
    expect(store.geldigheid(PIETER, ANNA)).toMatchObject({ bereik: { berichten: ['SVB', 'Belastingdienst'], zaken: ['Gemeente Amersfoort'] } })
    expect(store.wijzig(PIETER, nieuw.id, 'actief')).toMatchObject({ uitkomst: 'gewijzigd', machtiging: { status: 'actief', richting: 'ontvangen' } })
    expect(store.geldigheid(PIETER, ANNA)).toMatchObject({ geldig: true, bereik: { berichten: ['SVB', 'Belastingdienst'], zaken: ['Gemeente Amersfoort'], gegevens: ['inkomens'] } })
  })

  it('gives no reason but "geen" for a machtiging that was only offered or declined', () => {
    const { store, geef } = opzet()
    const nieuw = geef(KEES)
    expect(store.geldigheid(KEES, ANNA)).toEqual({ geldig: false, reden: 'geen' })
    store.wijzig(KEES, nieuw.id, 'geweigerd')
    expect(store.geldigheid(KEES, ANNA)).toEqual({ geldig: false, reden: 'geen' })
    expect(store.vertegenwoordigbaar(KEES)).toEqual([])
  })

  it('says why it ended: revoked, or run out after its last day by the clock', () => {
    const revoked = opzet()
    revoked.store.wijzig(ANNA, SEED.annaPieter, 'ingetrokken')
    expect(revoked.store.geldigheid(PIETER, ANNA)).toEqual({ geldig: false, reden: 'ingetrokken' })

    const { store, geef, naarDag, dag } = opzet()
    const kort = geef(KEES, dag(2))
    store.wijzig(KEES, kort.id, 'actief')
    naarDag(2)
    expect(store.geldigheid(KEES, ANNA)).toMatchObject({ geldig: true })
    naarDag(1)
    expect(store.geldigheid(KEES, ANNA)).toEqual({ geldig: false, reden: 'verlopen' })
    expect(store.lijst(ANNA).find(({ id }) => id === kort.id)).toMatchObject({ status: 'verlopen', intrekbaar: false })
  })

  it('gives the reason of the machtiging that ended last: run out today, not revoked a year ago', () => {
    const { store, geef, naarDag, dag } = opzet()
    const extra = geef(PIETER, dag(400))
    store.wijzig(PIETER, extra.id, 'actief')
    store.wijzig(ANNA, extra.id, 'ingetrokken')
    naarDag(340)
    expect(store.geldigheid(PIETER, ANNA)).toEqual({ geldig: false, reden: 'verlopen' })
  })

  it('lets only the volmachtgever revoke, only the gemachtigde accept or decline, and nobody revoke bewind', () => {
    const { store, geef } = opzet()
    const nieuw = geef(KEES)
    expect(store.wijzig(ANNA, nieuw.id, 'actief').uitkomst).toBe('niet-toegestaan')
    expect(store.wijzig(KEES, nieuw.id, 'ingetrokken').uitkomst).toBe('niet-toegestaan')
    expect(store.wijzig(PIETER, nieuw.id, 'actief').uitkomst).toBe('niet-gevonden')
    expect(store.wijzig(HENK, SEED.bewindHenk, 'ingetrokken').uitkomst).toBe('niet-toegestaan')
    expect(store.wijzig(RUUD, SEED.bewindHenk, 'ingetrokken').uitkomst).toBe('niet-toegestaan')
    expect(store.wijzig(ANNA, nieuw.id, 'ingetrokken').uitkomst).toBe('gewijzigd')
    expect(store.wijzig(ANNA, nieuw.id, 'ingetrokken').uitkomst).toBe('ongewijzigd')
    expect(store.wijzig(KEES, nieuw.id, 'actief').uitkomst).toBe('niet-toegestaan')
  })

  it('shows the banner’s context: everything in force together, until the last end date; after it, nothing', () => {
    const { store, geef, dag } = opzet()
    const nieuw = geef(PIETER, dag(5))
    store.wijzig(PIETER, nieuw.id, 'actief')
    const context = store.vertegenwoordiging(PIETER, ANNA)
    expect(context).toMatchObject({ volmachtgever: { burgerservicenummer: ANNA, naam: 'Anna de Vries-Bakker' }, soort: 'machtiging', status: 'actief' })
    expect(context.diensten.map(({ dienst }) => dienst)).toEqual(['berichten', 'zaken', 'gegevens'])
    expect(context.geldigTot && context.geldigTot > dag(5)).toBe(true)

    store.wijzig(ANNA, SEED.annaPieter, 'ingetrokken')
    store.wijzig(ANNA, nieuw.id, 'ingetrokken')
    expect(store.vertegenwoordiging(PIETER, ANNA)).toEqual({ volmachtgever: { burgerservicenummer: ANNA, naam: 'Anna de Vries-Bakker' }, soort: 'machtiging', status: 'ingetrokken', diensten: [] })
  })

  it('lists whom someone may act for now, by name, once each', () => {
    const { store, geef } = opzet()
    store.wijzig(PIETER, geef(PIETER).id, 'actief')
    expect(store.vertegenwoordigbaar(PIETER)).toEqual([{ burgerservicenummer: ANNA, naam: 'Anna de Vries-Bakker', soort: 'machtiging' }])
    expect(store.vertegenwoordigbaar(RUUD).map(({ naam, soort }) => [naam, soort])).toEqual([
      ['Henk Jansen', 'bewind'],
      ['Mohammed Yilmaz', 'bewind'],
      ['Sanne Mulder', 'bewind'],
    ])
    expect(store.vertegenwoordigbaar(ANNA)).toEqual([])
  })

  it('starts again from the seed on reset', () => {
    const { store, geef } = opzet()
    geef(KEES)
    store.wijzig(ANNA, SEED.annaPieter, 'ingetrokken')
    store.reset()
    expect(store.lijst(KEES)).toEqual([])
    expect(store.geldigheid(PIETER, ANNA)).toMatchObject({ geldig: true })
  })
})
