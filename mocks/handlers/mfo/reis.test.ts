import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { brpPersonenSchema } from '../../../src/features/gegevens/gegevens.schemas'
import { correctieverzoekSchema, HEROPEN_TERMIJN_DAGEN } from '../../../src/features/mfo/mfo.schemas'
import { startTestApp, type TestApp } from '../../../server/test-app'
import { backend } from '../../state/backend'
import { dpopHeaders } from '../test-dpop'
import { leesLijst, leesZaak, mockZakenSchema } from '../zaken/contract'
import { leesBijlage, leesVerzoek } from './contract'
import { BSN, BYTES, gebruikOrigin, geuploadeBijlage, meldbaar, mfo, probleem, tokens, uploadBijlage, vandaag, verzetKlok, yusufsAchternaam } from './test-server'

// The real server: the Idempotency-Key store around the handlers, the upload reader, /__mock.
let app: TestApp
beforeAll(async () => {
  app = await startTestApp(tokens)
  gebruikOrigin(app.origin)
})
afterEach(() => backend.reset())
afterAll(() => app.close())

const alsFatima = async (pad: string, init: RequestInit = {}) => {
  const url = `${app.origin}/api${pad}`
  const auth = await dpopHeaders(init.method ?? 'GET', url, 'fatima')
  return (await fetch(url, { ...init, headers: { ...auth, 'Content-Type': 'application/json', ...init.headers } })).json()
}
const mockVerzoeken = async (bsn: string) => v.parse(v.array(correctieverzoekSchema), await (await fetch(`${app.origin}/__mock/correctieverzoeken?bsn=${bsn}`)).json())
const mfoZaken = async () => v.parse(mockZakenSchema, await (await fetch(`${app.origin}/__mock/zaken?bsn=${BSN.fatima}`)).json()).filter(({ identificatie }) => identificatie.startsWith('MFO-'))
const zetStatus = (id: string, body: unknown) =>
  fetch(`${app.origin}/__mock/zaken/${id}/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const zaak = async (uuid: string) => leesZaak(await alsFatima(`/zaken/zaken/${uuid}`))
async function yusufsAchternaamInBrp() {
  const body = { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [BSN.yusuf], fields: ['naam'] }
  const { personen } = v.parse(brpPersonenSchema, await alsFatima('/brp/personen', { method: 'POST', body: JSON.stringify(body) }))
  return personen[0]?.naam?.geslachtsnaam
}

describe('exactly once, through the server', () => {
  it('makes a retry with the same Idempotency-Key the first answer again: one request, one zaak', async () => {
    const stuur = () => mfo('', { method: 'POST', body: yusufsAchternaam(), sleutel: 'verzoek-1' })
    const eerste = await stuur()
    expect(eerste.status).toBe(201)
    // A double click, a retry after a timeout, the same key after a reload.
    const herhalingen = await Promise.all([stuur(), stuur()])
    const naHerladen = await stuur()
    for (const herhaling of [...herhalingen, naHerladen]) expect([201, 409]).toContain(herhaling.status)
    expect(naHerladen.headers.get('idempotent-replayed')).toBe('true')
    const verzoek = leesVerzoek(await eerste.json())
    expect(leesVerzoek(await naHerladen.json())).toEqual(verzoek)

    const ontvangen = backend.requests.list('/api/correctieverzoeken').filter(({ method }) => method === 'POST')
    expect(ontvangen).toHaveLength(4)
    expect(new Set(ontvangen.map(({ idempotencyKey }) => idempotencyKey))).toEqual(new Set(['verzoek-1']))
    expect((await mockVerzoeken(BSN.fatima)).map(({ id }) => id)).toEqual([verzoek.id])
    expect((await mfoZaken()).map(({ id }) => id)).toEqual([verzoek.zaak.uuid])

    // Another body under the same key is a mistake of the client, not a second request.
    expect((await mfo('', { method: 'POST', body: yusufsAchternaam({ gewensteWaarde: 'El Amranie' }), sleutel: 'verzoek-1' })).status).toBe(422)
    expect(await mockVerzoeken(BSN.fatima)).toHaveLength(1)
  })

  it('never replays an answer to a lower level than the one that got it', async () => {
    expect((await mfo('', { method: 'POST', body: yusufsAchternaam(), sleutel: 'verzoek-2' })).status).toBe(201)
    const opMidden = await mfo('', { method: 'POST', body: yusufsAchternaam(), sleutel: 'verzoek-2', token: 'fatima' })
    expect(opMidden.status).toBe(403)
    expect((await probleem(opMidden)).code).toBe('acr-te-laag')
  })

  it('keeps one file for a retried upload, even in a new FormData', async () => {
    const eerste = await uploadBijlage({ naam: 'akte.pdf', bytes: BYTES.pdf }, { sleutel: 'upload-1' })
    const tweede = await uploadBijlage({ naam: 'akte.pdf', bytes: BYTES.pdf }, { sleutel: 'upload-1' })
    expect([eerste.status, tweede.status]).toEqual([201, 201])
    const bijlage = leesBijlage(await eerste.json())
    expect(leesBijlage(await tweede.json())).toEqual(bijlage)
    // The one concept: deleting it once leaves none.
    expect((await mfo(`/bijlagen/${bijlage.id}`, { method: 'DELETE' })).status).toBe(204)
    expect(backend.mfo.isConcept(BSN.fatima, bijlage.id)).toBe(false)
  })
})

describe("Fatima corrects Yusuf's achternaam", () => {
  it('from the report to the corrected BRP, reopened within 6 weeks, and not after', async () => {
    expect((await meldbaar()).waarde).toBe('El Amarni')
    const akte = await geuploadeBijlage('geboorteakte.pdf')
    const verzoek = leesVerzoek(await (await mfo('', { method: 'POST', body: yusufsAchternaam({ bijlagen: [akte.id] }) })).json())

    // Lopende zaken shows it at once.
    const lijst = leesLijst(await alsFatima('/zaken/zaken'))
    expect(lijst.results[0]).toMatchObject({ uuid: verzoek.zaak.uuid, identificatie: verzoek.referentie, huidigeStatus: { omschrijving: 'Ontvangen' }, isAfgesloten: false })

    // The Meldpunt asks the gemeente, and the gemeente corrects it.
    expect((await zetStatus(verzoek.zaak.uuid, { statustype: 'Navraag bij bronhouder' })).status).toBe(201)
    expect(leesVerzoek(await (await mfo(`/${verzoek.id}`)).json()).status).toBe('navraag-bij-bronhouder')
    expect((await zetStatus(verzoek.zaak.uuid, { statustype: 'Afgerond', resultaat: 'gecorrigeerd' })).status).toBe(201)
    const afgerond = leesVerzoek(await (await mfo(`/${verzoek.id}`)).json())
    expect(afgerond).toMatchObject({ status: 'afgerond', resultaat: 'gecorrigeerd', afgerondOp: expect.any(String), heropenbaarTot: vandaag(HEROPEN_TERMIJN_DAGEN) })
    const gesloten = await zaak(verzoek.zaak.uuid)
    expect(gesloten).toMatchObject({ isAfgesloten: true, resultaat: 'Gecorrigeerd' })

    // The registration says El Amrani now, everywhere.
    expect(await yusufsAchternaamInBrp()).toBe('El Amrani')
    expect(await meldbaar()).toMatchObject({ waarde: 'El Amrani', onderwerp: 'Yusuf El Amrani (uw kind)' })

    // Within the term she reopens it: the same zaak, a new status in its history.
    verzetKlok({ dagen: HEROPEN_TERMIJN_DAGEN - 1 })
    const heropend = await mfo(`/${verzoek.id}/heropeningen`, { method: 'POST', body: { reden: 'Op zijn paspoort staat het nog verkeerd.' } })
    expect(heropend.status).toBe(201)
    const weerOpen = leesVerzoek(await heropend.json())
    expect(weerOpen).toMatchObject({ status: 'in-behandeling', heropeningen: [{ reden: 'Op zijn paspoort staat het nog verkeerd.' }] })
    expect(weerOpen.resultaat).toBeUndefined()
    expect(weerOpen.afgerondOp).toBeUndefined()
    const zaakWeerOpen = await zaak(verzoek.zaak.uuid)
    expect(zaakWeerOpen.statussen).toHaveLength(gesloten.statussen.length + 1)
    expect(zaakWeerOpen).toMatchObject({ isAfgesloten: false, huidigeStatus: { omschrijving: 'In behandeling' } })
    expect(zaakWeerOpen.einddatum).toBeUndefined()
    expect(zaakWeerOpen.resultaat).toBeUndefined()
    expect(zaakWeerOpen.historie.filter((regel) => regel.soort === 'status')).toHaveLength(zaakWeerOpen.statussen.length)

    // Closed again; 6 weeks and a day later the term is over.
    expect((await zetStatus(verzoek.zaak.uuid, { statustype: 'Afgerond', resultaat: 'niet-gecorrigeerd' })).status).toBe(201)
    expect(leesVerzoek(await (await mfo(`/${verzoek.id}`)).json())).toMatchObject({ resultaat: 'niet-gecorrigeerd', heropenbaarTot: vandaag(HEROPEN_TERMIJN_DAGEN) })
    expect((await zaak(verzoek.zaak.uuid)).resultaat).toBe('Niet gecorrigeerd')
    verzetKlok({ dagen: HEROPEN_TERMIJN_DAGEN + 1 })
    expect(leesVerzoek(await (await mfo(`/${verzoek.id}`)).json()).heropenbaarTot).toBeUndefined()
    const teLaat = await mfo(`/${verzoek.id}/heropeningen`, { method: 'POST', body: { reden: 'Toch nog.' } })
    expect(teLaat.status).toBe(409)
    expect((await probleem(teLaat)).code).toBe('termijn-verstreken')

    // A reset brings the seed back, the BRP's wrong value too.
    expect((await fetch(`${app.origin}/__mock/reset`, { method: 'POST' })).status).toBe(204)
    expect(await yusufsAchternaamInBrp()).toBe('El Amarni')
    expect(await mockVerzoeken(BSN.fatima)).toEqual([])
    expect(await mfoZaken()).toEqual([])
  })

  it('changes nothing in the BRP for a request that ends "niet-gecorrigeerd", or about a value the mock does not correct', async () => {
    const naam = leesVerzoek(await (await mfo('', { method: 'POST', body: yusufsAchternaam() })).json())
    const kleur = leesVerzoek(await (await mfo('', { method: 'POST', body: yusufsAchternaam({ gegeven: { id: 'rdw.T-472-KV.kleur', huidigeWaarde: 'Grijs' }, gewensteWaarde: 'Blauw' }) })).json())
    expect((await zetStatus(naam.zaak.uuid, { statustype: 'Afgerond', resultaat: 'niet-gecorrigeerd' })).status).toBe(201)
    expect((await zetStatus(kleur.zaak.uuid, { statustype: 'Afgerond', resultaat: 'gecorrigeerd' })).status).toBe(201)
    expect(await yusufsAchternaamInBrp()).toBe('El Amarni')
    expect((await meldbaar('rdw.T-472-KV.kleur')).waarde).toBe('Grijs')
    expect((await mockVerzoeken(BSN.fatima)).map(({ resultaat }) => resultaat)).toEqual(['gecorrigeerd', 'niet-gecorrigeerd'])
  })

  it('needs a bsn of 9 digits at /__mock/correctieverzoeken', async () => {
    const response = await fetch(`${app.origin}/__mock/correctieverzoeken?bsn=12`)
    expect(response.status).toBe(400)
    expect((await probleem(response)).invalidParams?.[0]?.name).toBe('bsn')
  })
})
