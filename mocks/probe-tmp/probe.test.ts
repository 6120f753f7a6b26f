import { describe, expect, it } from 'vitest'
import { backend } from '/work/main/mocks/state/backend'
import { api, BSN, geefMachtiging, handelingen, MACHTIGING, nieuweMachtiging, useTestServer, vandaag, verzetKlok, wijzigMachtiging, type Token } from '/work/main/mocks/handlers/test-server'

useTestServer()

const log = (...a: unknown[]) => console.log('[PROBE]', ...a)
async function show(label: string, r: Response) {
  const t = await r.text()
  log(label, r.status, t.slice(0, 400))
  return { status: r.status, text: t }
}
const MP = 'application/merge-patch+json'

async function brieven(token: Token) {
  const r = await api('/berichten?paginaGrootte=200', { token })
  return (await r.json()).berichten as { berichtId: string; afzender: string; onderwerp: string; aantalBijlagen: number }[]
}
async function zaken(token: Token) {
  const r = await api('/zaken/zaken?pageSize=100', { token })
  return (await r.json()).results as { uuid: string; organisatie: string; omschrijving: string }[]
}

describe('probe: zaak detail leaks letters outside the berichten scope', () => {
  it('zaak detail berichten[] for pieterVoorAnna', async () => {
    const annaZaken = await zaken('anna')
    log('anna zaken', annaZaken.map((z) => z.organisatie + ' ' + z.uuid))
    const annaBrieven = await brieven('anna')
    log('anna brieven', annaBrieven.map((b) => `${b.afzender}: ${b.onderwerp} ${b.berichtId}`))
    for (const z of annaZaken) {
      const zaak = backend.zaken.vind(BSN.anna, z.uuid)
      log('zaak', z.organisatie, 'berichtIds', zaak?.berichtIds)
      const r = await api(`/zaken/zaken/${z.uuid}`, { token: 'pieterVoorAnna' })
      const t = await r.text()
      log('pieter GET zaak', z.organisatie, r.status, t.includes('berichten') ? t.slice(t.indexOf('"berichten"'), t.indexOf('"berichten"') + 400) : '(no berichten)')
    }
  })
})

describe('probe: geldigTot odd formats', () => {
  for (const geldigTot of ['2027-02-30', '2027-02-31', '2027-04-31', '+002027-01-01', '99999-01-01', '2027-1-1', '2027-01-01T00:00:00Z', ' 2027-01-01', '２０２７-01-01']) {
    it(`geldigTot ${geldigTot}`, async () => {
      log('vandaag', vandaag())
      const r = await show(`POST geldigTot=${geldigTot}`, await geefMachtiging(nieuweMachtiging(BSN.pieter, [{ dienst: 'berichten' }], geldigTot)))
      if (r.status === 201) {
        const r2 = await show('anna list', await api('/machtigingen', { token: 'anna' }))
        void r2
      }
    })
  }
})

describe('probe: BSN variants', () => {
  for (const bsn of [' 999990044 ', '999990044\n', '\u00a0999990044', '\u3000999990044', '９９９９９００４４', '٩٩٩٩٩٠٠٤٤', '0999990044', '99999004', 999990044, '999990032', ' 999990032', '999990032\t', '000000000', '999991000']) {
    it(`bsn ${JSON.stringify(bsn)}`, async () => {
      await show(`POST bsn=${JSON.stringify(bsn)}`, await geefMachtiging({ gemachtigde: { burgerservicenummer: bsn }, diensten: [{ dienst: 'berichten' }], geldigTot: vandaag(30) }))
    })
  }
})

describe('probe: diensten odd shapes', () => {
  const cases: Record<string, unknown> = {
    proto: JSON.parse('{"gemachtigde":{"burgerservicenummer":"999990044"},"diensten":[{"dienst":"berichten","__proto__":{"polluted":1}}],"geldigTot":"2027-01-01","__proto__":{"x":1}}'),
    protoOrg: { gemachtigde: { burgerservicenummer: '999990044' }, diensten: [{ dienst: 'berichten', organisaties: ['__proto__'] }], geldigTot: vandaag(30) },
    constructorDienst: { gemachtigde: { burgerservicenummer: '999990044' }, diensten: [{ dienst: 'constructor' }], geldigTot: vandaag(30) },
    dupSameDienst: { gemachtigde: { burgerservicenummer: '999990044' }, diensten: [{ dienst: 'berichten' }, { dienst: 'berichten', organisaties: ['SVB'] }], geldigTot: vandaag(30) },
    gegevensBrp: { gemachtigde: { burgerservicenummer: '999990044' }, diensten: [{ dienst: 'gegevens', onderdelen: ['brp', 'gebruik', 'toestemmingen'] }], geldigTot: vandaag(30) },
    gegevensEmpty: { gemachtigde: { burgerservicenummer: '999990044' }, diensten: [{ dienst: 'gegevens', onderdelen: [] }], geldigTot: vandaag(30) },
    orgCase: { gemachtigde: { burgerservicenummer: '999990044' }, diensten: [{ dienst: 'berichten', organisaties: ['svb'] }], geldigTot: vandaag(30) },
    persoonlijk: { gemachtigde: { burgerservicenummer: '999990044' }, diensten: [{ dienst: 'persoonlijk' }, { dienst: 'instellingen' }], geldigTot: vandaag(30) },
    extraKeys: { gemachtigde: { burgerservicenummer: '999990044', extra: 1 }, diensten: [{ dienst: 'berichten', alle: true, persoonlijk: true }], geldigTot: vandaag(30), status: 'actief', geaccepteerdOp: 1, volmachtgever: '999990019' },
  }
  for (const [naam, body] of Object.entries(cases)) {
    it(naam, async () => {
      const r = await show(`POST ${naam}`, await geefMachtiging(body))
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
      expect(({} as Record<string, unknown>)['x']).toBeUndefined()
      if (r.status === 201) {
        const id = JSON.parse(r.text).id
        await show('kees accepts', await wijzigMachtiging(id, 'actief', 'kees'))
        await show('kees huidige', await api('/machtigingen/_huidige', { token: 'keesVoorAnna' }))
      }
    })
  }
  it('many organisaties (duplicates) and a huge array', async () => {
    const orgs = Array.from({ length: 200_000 }, () => 'SVB')
    const t0 = Date.now()
    const r = await show('POST 200k orgs', await geefMachtiging(nieuweMachtiging(BSN.kees, [{ dienst: 'berichten', organisaties: orgs }])))
    log('ms', Date.now() - t0, r.status)
  })
  it('many machtigingen to one person (spam)', async () => {
    const t0 = Date.now()
    for (let i = 0; i < 500; i++) await geefMachtiging(nieuweMachtiging(BSN.kees), 'annaSubstantieel')
    const r = await api('/machtigingen', { token: 'kees' })
    log('kees list count', (await r.json()).machtigingen.length, 'ms', Date.now() - t0)
  })
})

describe('probe: PATCH machtigingen', () => {
  it('status transitions by the wrong party', async () => {
    await show('kees PATCH anna-pieter ingetrokken', await wijzigMachtiging(MACHTIGING.annaPieter, 'ingetrokken', 'kees'))
    await show('kees PATCH nonexistent', await wijzigMachtiging('00000000-0000-0000-0000-000000000000', 'ingetrokken', 'kees'))
    await show('pieter revokes (gemachtigde)', await wijzigMachtiging(MACHTIGING.annaPieter, 'ingetrokken', 'pieter'))
    await show('pieter declines active', await wijzigMachtiging(MACHTIGING.annaPieter, 'geweigerd', 'pieter'))
    await show('ruud revokes bewind', await wijzigMachtiging(MACHTIGING.bewindHenk, 'ingetrokken', 'ruud'))
    await show('henk revokes bewind', await wijzigMachtiging(MACHTIGING.bewindHenk, 'ingetrokken', 'henk'))
    await show('pieter accepts verlopen', await wijzigMachtiging(MACHTIGING.annaPieterVerlopen, 'actief', 'pieter'))
    await show('anna re-activates verlopen', await wijzigMachtiging(MACHTIGING.annaPieterVerlopen, 'actief', 'anna'))
    await show('pieter status verlopen', await wijzigMachtiging(MACHTIGING.annaPieter, 'verlopen', 'pieter'))
    await show('pieter status wacht', await wijzigMachtiging(MACHTIGING.annaPieter, 'wacht-op-acceptatie', 'pieter'))
    await show('pieterVoorAnna revokes', await wijzigMachtiging(MACHTIGING.annaPieter, 'ingetrokken', 'pieterVoorAnna'))
    await show('ruudVoorHenk PATCH', await wijzigMachtiging(MACHTIGING.bewindHenk, 'ingetrokken', 'ruudVoorHenk'))
    await show('anna PATCH id with proto', await wijzigMachtiging('__proto__', 'ingetrokken', 'anna'))
    await show('anna PATCH extra fields', await api(`/machtigingen/${MACHTIGING.annaPieter}`, { token: 'anna', method: 'PATCH', body: { status: 'actief', geldigTot: '2099-01-01', bereik: { berichten: 'alle' } } }))
    await show('anna PATCH merge ct', await api(`/machtigingen/${MACHTIGING.annaPieter}`, { token: 'anna', method: 'PATCH', body: { status: 'ingetrokken' }, contentType: MP }))
  })
  it('own accept of own grant', async () => {
    const r = await geefMachtiging(nieuweMachtiging(BSN.kees))
    const id = (await r.json()).id
    await show('anna accepts own grant', await wijzigMachtiging(id, 'actief', 'anna'))
    await show('keesVoorAnna pending', await api('/berichten', { token: 'keesVoorAnna' }))
    await show('kees declines', await wijzigMachtiging(id, 'geweigerd', 'kees'))
    await show('kees accepts declined', await wijzigMachtiging(id, 'actief', 'kees'))
    await show('keesVoorAnna declined', await api('/berichten', { token: 'keesVoorAnna' }))
  })
  it('revoked pending', async () => {
    const id = (await (await geefMachtiging(nieuweMachtiging(BSN.kees))).json()).id
    await show('anna revokes pending', await wijzigMachtiging(id, 'ingetrokken', 'anna'))
    await show('kees accepts revoked', await wijzigMachtiging(id, 'actief', 'kees'))
  })
  it('accept then expire by clock; kees for anna', async () => {
    const id = (await (await geefMachtiging(nieuweMachtiging(BSN.kees, [{ dienst: 'berichten' }], vandaag(0)))).json()).id
    await show('kees accepts', await wijzigMachtiging(id, 'actief', 'kees'))
    await show('keesVoorAnna same day', await api('/berichten/_aantallen', { token: 'keesVoorAnna' }))
    verzetKlok({ dagen: 1 })
    await show('keesVoorAnna next day', await api('/berichten/_aantallen', { token: 'keesVoorAnna' }))
  })
  it('feb-30 machtiging: when does it expire, and what is reden', async () => {
    // find a date: jump clock so that Feb 30 of next year is valid
    const jaar = Number(vandaag().slice(0, 4)) + 1
    const datum = `${jaar}-02-30`
    const r = await geefMachtiging(nieuweMachtiging(BSN.kees, [{ dienst: 'berichten' }], datum))
    log('feb30 status', r.status)
    if (r.status !== 201) return
    const id = (await r.json()).id
    await wijzigMachtiging(id, 'actief', 'kees')
    const nu = backend.clock.now().getTime()
    const doel = Date.parse(`${jaar}-03-01T12:00:00Z`)
    verzetKlok({ seconden: Math.round((doel - nu) / 1000) })
    log('vandaag', vandaag())
    await show('keesVoorAnna on 1 March', await api('/berichten/_aantallen', { token: 'keesVoorAnna' }))
    await show('kees huidige', await api('/machtigingen/_huidige', { token: 'keesVoorAnna' }))
  })
})

describe('probe: log behaviour', () => {
  it('own requests, eigen, and 400-before-authorize on behalf', async () => {
    await api('/berichten', { token: 'pieter' })
    await api('/machtigingen/_huidige', { token: 'pieterVoorAnna' })
    await api('/machtigingen/_voor-wie', { token: 'pieterVoorAnna' })
    await api('/brp/personen', { token: 'pieterVoorAnna', method: 'POST', body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [BSN.pieter], fields: ['naam'] } })
    log('after own/eigen', JSON.stringify((await handelingen('anna')).handelingen))
    // revoke, then send requests that validate before authorize
    await wijzigMachtiging(MACHTIGING.annaPieter, 'ingetrokken', 'anna')
    const b = (await brieven('anna')).find((x) => x.afzender === 'SVB')!
    await show('revoked PATCH bad body', await api(`/berichten/${b.berichtId}`, { token: 'pieterVoorAnna', method: 'PATCH', body: { map: 'nergens' }, contentType: MP }))
    await show('revoked PATCH not json', await api(`/berichten/${b.berichtId}`, { token: 'pieterVoorAnna', method: 'PATCH', body: 'x', contentType: 'text/plain' }))
    await show('revoked zaken bad status', await api('/zaken/zaken?status=bogus', { token: 'pieterVoorAnna' }))
    await show('revoked wijzigingen bad sinds', await api('/zaken/_wijzigingen?sinds=x', { token: 'pieterVoorAnna' }))
    await show('revoked brp bad body', await api('/brp/personen', { token: 'pieterVoorAnna', method: 'POST', body: { type: 'x' } }))
    await show('revoked brp Anna', await api('/brp/personen', { token: 'pieterVoorAnna', method: 'POST', body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [BSN.anna], fields: ['naam'] } }))
    await show('no token zaken bad status', await api('/zaken/zaken?status=bogus', { token: null }))
    log('after revoked', JSON.stringify((await handelingen('anna')).handelingen.map((h) => [h.actie, h.gegevens, h.toegestaan, h.aantal])))
  })
  it('flood + inject via zaken organisatie', async () => {
    const t0 = Date.now()
    for (let i = 0; i < 300; i++) await api(`/zaken/zaken?organisatie=${encodeURIComponent(`Gemeente ${i}. Bel 0900-1234 om uw machtiging te verlengen`)}`, { token: 'pieterVoorAnna' })
    const h = await handelingen('anna', '?paginaGrootte=3')
    log('anna handelingen totaal', h.totaal, 'first', JSON.stringify(h.handelingen[0]), 'ms', Date.now() - t0)
    for (let i = 0; i < 50; i++) await api(`/zaken/zaken?organisatie=${encodeURIComponent(`X${i} `.repeat(40).slice(0, 200))}`, { token: 'ruudVoorHenk' })
    const g = await api('/gegevensgebruik', { token: 'henk' })
    const gj = await g.json()
    log('henk gebruik totaal', gj.totaal, 'first gegevens len', gj.gebruik?.[0]?.gegevens?.length, JSON.stringify(gj.gebruik?.[0]).slice(0, 300))
  })
  it('flood via unknown bericht ids (onbekend)', async () => {
    for (let i = 0; i < 100; i++) await api(`/berichten/nope-${i}`, { token: 'pieterVoorAnna' })
    const h = await handelingen('anna')
    log('onbekend ids lines', h.totaal, JSON.stringify(h.handelingen[0]))
  })
})

describe('probe: existence/afzender leak in refusals', () => {
  it('bericht of anna out of scope vs nonexistent vs another person', async () => {
    const gem = (await brieven('anna')).find((x) => x.afzender !== 'SVB' && x.afzender !== 'Belastingdienst')!
    const fat = (await brieven('fatima'))[0]!
    await show('out-of-scope anna bericht', await api(`/berichten/${gem.berichtId}`, { token: 'pieterVoorAnna' }))
    await show('nonexistent', await api(`/berichten/00000000-0000-0000-0000-000000000000`, { token: 'pieterVoorAnna' }))
    await show('fatima bericht', await api(`/berichten/${fat.berichtId}`, { token: 'pieterVoorAnna' }))
    await show('out-of-scope bijlage', await api(`/berichten/${gem.berichtId}/bijlagen/x`, { token: 'pieterVoorAnna' }))
    const zs = await zaken('anna')
    const buiten = zs.find((z) => z.organisatie !== 'Gemeente Amersfoort')
    if (buiten) await show('out-of-scope zaak', await api(`/zaken/zaken/${buiten.uuid}`, { token: 'pieterVoorAnna' }))
    await show('nonexistent zaak', await api(`/zaken/zaken/00000000-0000-0000-0000-000000000000`, { token: 'pieterVoorAnna' }))
    // _voor-bericht with an out-of-scope letter id
    await show('_voor-bericht out of scope letter', await api(`/zaken/_voor-bericht/${gem.berichtId}`, { token: 'pieterVoorAnna' }))
    // search in prullenbak / archive
    await show('prullenbak list', await api('/berichten?map=prullenbak', { token: 'pieterVoorAnna' }))
    await show('afzender filter out of scope', await api('/berichten?afzender=Gemeente%20Amersfoort', { token: 'pieterVoorAnna' }))
    await show('search gemeente', await api('/berichten/_zoeken?q=gemeente', { token: 'pieterVoorAnna' }))
    await show('magazijnId mismatch', await api(`/berichten/${(await brieven('anna')).find((x) => x.afzender === 'SVB')!.berichtId}?magazijnId=zzz`, { token: 'pieterVoorAnna' }))
  })
  it('restore from prullenbak and status patch on behalf', async () => {
    const svb = (await brieven('anna')).find((x) => x.afzender === 'SVB')!
    await api(`/berichten/${svb.berichtId}`, { token: 'anna', method: 'PATCH', body: { map: 'prullenbak' }, contentType: MP })
    await show('pieter restores from prullenbak', await api(`/berichten/${svb.berichtId}`, { token: 'pieterVoorAnna', method: 'PATCH', body: { map: 'postvak' }, contentType: MP }))
    await show('pieter patch map null + status', await api(`/berichten/${svb.berichtId}`, { token: 'pieterVoorAnna', method: 'PATCH', body: { map: null, status: 'gelezen' }, contentType: MP }))
    await show('pieter patch map PRULLENBAK case', await api(`/berichten/${svb.berichtId}`, { token: 'pieterVoorAnna', method: 'PATCH', body: { map: 'Prullenbak' }, contentType: MP }))
  })
  it('zaken of anna out of scope via organisatie case / list filters', async () => {
    await show('organisatie lowercase in scope', await api('/zaken/zaken?organisatie=gemeente%20amersfoort', { token: 'pieterVoorAnna' }))
    await show('organisatie spaces', await api('/zaken/zaken?organisatie=%20Gemeente%20Amersfoort%20', { token: 'pieterVoorAnna' }))
  })
  it('gegevens as gemachtigde: brp of anna via mixed list, own+anna', async () => {
    await show('brp own+anna', await api('/brp/personen', { token: 'pieterVoorAnna', method: 'POST', body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [BSN.pieter, BSN.anna], fields: ['naam'] } }))
    await show('brp own twice', await api('/brp/personen', { token: 'pieterVoorAnna', method: 'POST', body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [BSN.pieter, BSN.pieter], fields: ['naam'] } }))
    await show('historie anna', await api('/brp/verblijfplaatshistorie', { token: 'pieterVoorAnna', method: 'POST', body: { type: 'RaadpleegMetPeriode', burgerservicenummer: BSN.anna, datumVan: '1900-01-01' } }))
    await show('ruudVoorHenk gebruik', await api('/gegevensgebruik', { token: 'ruudVoorHenk' }))
    await show('ruudVoorHenk inkomens', await api('/belastingdienst/inkomens', { token: 'ruudVoorHenk' }))
    await show('ruudVoorHenk toestemmingen PATCH', await api('/toestemmingen/x', { token: 'ruudVoorHenk', method: 'PATCH', body: { status: 'ingetrokken' }, contentType: MP }))
  })
  it('500 hunting', async () => {
    const paden = ['/machtigingen/_huidige?x=1', '/machtigingen/handelingen?pagina=0', '/machtigingen/handelingen?pagina=1000000&paginaGrootte=100', '/machtigingen/handelingen?pagina=abc', '/machtigingen/handelingen?pagina=1&pagina=2']
    for (const p of paden) await show(`anna GET ${p}`, await api(p, { token: 'anna' }))
    for (const body of [null, [], 'x', 1, { gemachtigde: null }, { gemachtigde: { burgerservicenummer: null } }, { gemachtigde: { burgerservicenummer: '999990044' }, diensten: null, geldigTot: null }, { gemachtigde: { burgerservicenummer: '999990044' }, diensten: [null], geldigTot: 5 }]) {
      await show(`POST ${JSON.stringify(body)}`, await geefMachtiging(body))
    }
    for (const body of [null, [], { status: null }, { status: ['actief'] }]) await show(`PATCH ${JSON.stringify(body)}`, await api(`/machtigingen/${MACHTIGING.annaPieter}`, { token: 'anna', method: 'PATCH', body }))
    await show('POST at Basis', await geefMachtiging(nieuweMachtiging(BSN.kees), 'anna'))
    await show('POST as pieterSubstantieelVoorAnna', await geefMachtiging(nieuweMachtiging(BSN.kees), 'pieterSubstantieelVoorAnna'))
    await show('fatimaVoorKees huidige', await api('/machtigingen/_huidige', { token: 'fatimaVoorKees' }))
    await show('fatimaVoorKees voor-wie', await api('/machtigingen/_voor-wie', { token: 'fatimaVoorKees' }))
  })
})
