import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { BESTAND_VELD, MAX_BESTAND_BYTES } from '../../../src/features/zaken/zaken.schemas'
import { sendBeginOnly, startTestApp, type TestApp } from '../../../server/test-app'
import { backend } from '../../state/backend'
import { dpopHeaders } from '../test-dpop'
import { leesLijst, leesTaak, leesZaak } from './contract'
import { BYTES } from './test-server'

// Uploads and Idempotency-Key through the real server: its own body reader for files, the key store around the handlers.
let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ fatima: { bsn: '999990019', acr: EIDAS_ACR.low } })
})
afterEach(() => backend.reset())
afterAll(() => app.close())

/** Fatima's token with a fresh DPoP proof for this one request to /api`pad`. */
const auth = (method: string, pad: string) => dpopHeaders(method, `${app.origin}/api${pad}`, 'fatima')
const haal = async (pad: string) => (await fetch(`${app.origin}/api${pad}`, { headers: await auth('GET', pad) })).json()

async function zaak(omschrijving: string) {
  const gevonden = leesLijst(await haal('/zaken/zaken')).results.find((kandidaat) => kandidaat.omschrijving.startsWith(omschrijving))
  return leesZaak(await haal(`/zaken/zaken/${gevonden?.uuid ?? ''}`))
}

async function stuurBestand(pad: string, bytes: Uint8Array, naam: string, sleutel?: string) {
  const form = new FormData()
  form.append(BESTAND_VELD, new File([new Uint8Array(bytes)], naam))
  return fetch(`${app.origin}/api${pad}`, { method: 'POST', headers: { ...(await auth('POST', pad)), ...(sleutel ? { 'Idempotency-Key': sleutel } : {}) }, body: form })
}

describe('Uploads through the server', () => {
  it('takes a PDF once: a retry with the same Idempotency-Key gets the first answer and adds nothing', async () => {
    const parkeren = await zaak('Parkeervergunning')
    const pad = `/zaken/zaken/${parkeren.uuid}/taken/${parkeren.taken[0]?.id ?? ''}/bestanden`
    const eerste = await stuurBestand(pad, BYTES.pdf, 'huurcontract.pdf', 'upload-1')
    const tweede = await stuurBestand(pad, BYTES.pdf, 'huurcontract.pdf', 'upload-1')
    expect([eerste.status, tweede.status]).toEqual([201, 201])
    expect(tweede.headers.get('idempotent-replayed')).toBe('true')
    expect(leesTaak(await tweede.json())).toEqual(leesTaak(await eerste.json()))
    expect((await zaak('Parkeervergunning'))._expand.zaakinformatieobjecten.filter((document) => document.toegevoegdDoor === 'u')).toHaveLength(1)
    // The request log keeps the size of the upload, not the file.
    expect(backend.requests.list(`/api${pad}`)[0]?.body).toMatchObject({ multipart: true })
  })

  it('refuses a renamed .exe with 415, and a file announced too large with 413 before it is sent', async () => {
    const parkeren = await zaak('Parkeervergunning')
    const pad = `/zaken/zaken/${parkeren.uuid}/taken/${parkeren.taken[0]?.id ?? ''}/bestanden`
    expect((await stuurBestand(pad, BYTES.exe, 'huurcontract.pdf')).status).toBe(415)
    const groot = await sendBeginOnly(app.origin, `/api${pad}`, { ...(await auth('POST', pad)), 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(MAX_BESTAND_BYTES * 2) }, '--x\r\n')
    expect(groot.status).toBe(413)
    expect(JSON.parse(groot.body)).toMatchObject({ code: 'bestand-te-groot' })
    // Other routes still take JSON only.
    const vragen = `/zaken/zaken/${parkeren.uuid}/vragen`
    expect((await fetch(`${app.origin}/api${vragen}`, { method: 'POST', headers: await auth('POST', vragen), body: new FormData() })).status).toBe(415)
  })

  it('makes a double submit of a question one question', async () => {
    const duo = await zaak('Wijziging studiefinanciering')
    const pad = `/zaken/zaken/${duo.uuid}/vragen`
    const vraag = async (tekst: string) =>
      fetch(`${app.origin}/api${pad}`, {
        method: 'POST',
        headers: { ...(await auth('POST', pad)), 'Content-Type': 'application/json', 'Idempotency-Key': 'vraag-1' },
        body: JSON.stringify({ tekst }),
      })
    // At the same moment: the second waits (409) or gets the first answer again (201, replayed).
    const tegelijk = await Promise.all([vraag('Wanneer krijg ik geld?'), vraag('Wanneer krijg ik geld?')])
    expect(tegelijk.every((antwoord) => antwoord.status === 201 || antwoord.status === 409)).toBe(true)
    const derde = await vraag('Wanneer krijg ik geld?')
    expect(derde.status).toBe(201)
    expect(derde.headers.get('idempotent-replayed')).toBe('true')
    expect((await vraag('Iets anders')).status).toBe(422)
    expect((await zaak('Wijziging studiefinanciering')).historie.filter((regel) => regel.soort === 'vraag')).toHaveLength(1)
  })
})
