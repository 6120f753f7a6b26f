import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { aantallenSchema } from '../../../src/features/berichten/berichten-aantallen.api'
import { problemSchema } from '../../../src/shared/http/problem'
import { startTestApp, type TestApp } from '../../../server/test-app'
import { backend } from '../../state/backend'
import { volgensContract } from '../contract'
import { dpopHeaders } from '../test-dpop'
import { leesBericht, leesLijst } from './contract'

// The real server wiring (server/app.ts): /__mock and the API on one port.
let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ 'token-fatima': { bsn: '999990019', acr: EIDAS_ACR.substantial } })
})
afterEach(() => backend.reset())
afterAll(() => app.close())

const mock = (pad: string, init: RequestInit = {}) => fetch(`${app.origin}/__mock${pad}`, init)
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const bezorg = (body: unknown) => mock('/berichten', json(body))
async function alsFatima(pad: string, init: RequestInit = {}) {
  const url = `${app.origin}/api${pad}`
  return fetch(url, { ...init, headers: { ...(await dpopHeaders(init.method ?? 'GET', url, 'token-fatima')), ...init.headers } })
}
const ongelezen = async () => volgensContract(aantallenSchema, aantallenSchema, await (await alsFatima('/berichten/_aantallen')).json()).ongelezen
const probleem = async (response: Response) => {
  expect(response.headers.get('content-type')).toContain('application/problem+json')
  return v.parse(problemSchema, await response.json())
}

const brief = {
  bsn: '999990019',
  afzender: 'Gemeente Utrecht',
  onderwerp: 'Uw aanvraag voor een parkeervergunning',
  inhoud: '<p>Wij hebben uw aanvraag ontvangen.</p><script>alert("xss")</script><img src=x onerror="alert(1)">',
  bijlagen: [{ naam: 'Ontvangstbevestiging.pdf' }],
}

describe('POST /__mock/berichten', () => {
  it('delivers a letter that shows up first in Postvak IN, unread, and raises the count', async () => {
    const voor = await ongelezen()
    const response = await bezorg(brief)
    expect(response.status).toBe(201)
    const nieuw = leesBericht(await response.json())
    expect(nieuw).toMatchObject({ afzender: 'Gemeente Utrecht', map: 'postvak', status: 'ongelezen', inhoud: brief.inhoud })
    expect(nieuw.bijlagen[0]?.grootteInBytes).toBeGreaterThan(1000)

    const lijst = leesLijst(await (await alsFatima('/berichten')).json())
    expect(lijst.berichten[0]?.berichtId).toBe(nieuw.berichtId)
    expect(await ongelezen()).toBe(voor + 1)

    const pdf = await alsFatima(`/berichten/${nieuw.berichtId}/bijlagen/${nieuw.bijlagen[0]?.bijlageId}`)
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="gemeente-utrecht-ontvangstbevestiging.pdf"')
    expect(pdf.headers.get('cache-control')).toBe('no-store')

    // Through the real express wiring, a merge patch arrives too.
    const gelezen = await alsFatima(`/berichten/${nieuw.berichtId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ status: 'gelezen' }),
    })
    expect(gelezen.status).toBe(200)
    expect(await ongelezen()).toBe(voor)
  })

  it('refuses a letter without bsn, afzender, onderwerp or inhoud, as problem+json', async () => {
    const response = await bezorg({ afzender: ' ', onderwerp: 'Hallo' })
    expect(response.status).toBe(400)
    expect((await probleem(response)).invalidParams).toEqual([
      { name: 'bsn', code: 'required', reason: 'Dit veld is verplicht.' },
      { name: 'afzender', code: 'min_length', reason: 'Geef afzender op.' },
      { name: 'inhoud', code: 'required', reason: 'Dit veld is verplicht.' },
    ])
  })
})

describe('the e-mail the mock "sends"', () => {
  const vraagCode = () => alsFatima('/berichtenbox/instellingen/email', json({ email: 'F@example.nl' }))

  it('is in GET /__mock/mail?aan=, newest first, with the code in its text', async () => {
    expect(await (await mock('/mail?aan=f@example.nl')).json()).toEqual([])
    await vraagCode()
    await vraagCode()
    const mails = v.parse(v.array(v.object({ aan: v.string(), onderwerp: v.string(), tekst: v.string(), verzondenOp: v.string() })), await (await mock('/mail?aan=f@example.nl')).json())
    expect(mails).toHaveLength(2)
    expect(mails[0]?.tekst).toContain(backend.berichtenbox.instellingen.laatsteCode('999990019'))
    expect(Date.parse(mails[0]?.verzondenOp ?? '')).toBeGreaterThanOrEqual(Date.parse(mails[1]?.verzondenOp ?? ''))
  })

  it('still gives its code at GET /__mock/berichten/verificatiecodes, and the code works', async () => {
    const geen = await mock('/berichten/verificatiecodes?bsn=999990019')
    expect(geen.status).toBe(404)
    expect((await probleem(geen)).title).toBe('Geen code')
    await vraagCode()
    const { code } = v.parse(v.object({ code: v.string() }), await (await mock('/berichten/verificatiecodes?bsn=999990019')).json())
    expect(code).toMatch(/^\d{6}$/)
    expect((await alsFatima('/berichtenbox/instellingen/email/verificatie', json({ code }))).status).toBe(204)
    expect((await mock('/berichten/verificatiecodes?bsn=12')).status).toBe(400)
  })
})

describe('/__mock answers problem+json for every mistake', () => {
  it('for a fault without path, a clock without a date and an address that does not exist', async () => {
    const fout = await mock('/faults', json({ status: 503 }))
    expect(fout.status).toBe(400)
    expect((await probleem(fout)).invalidParams?.[0]?.name).toBe('path')
    const klok = await mock('/clock', json({ now: 'gisteren' }))
    expect(klok.status).toBe(400)
    expect((await probleem(klok)).detail).toContain('ISO-8601')
    const onbekend = await mock('/bestaat-niet')
    expect(onbekend.status).toBe(404)
    await probleem(onbekend)
  })

  it('still takes the faults and the clock that tests outside the project send', async () => {
    const fout = await mock('/faults', json({ path: '/api/berichten', status: 503, times: 2 }))
    expect(fout.status).toBe(201)
    expect(await fout.json()).toEqual({ path: '/api/berichten', status: 503, times: 2 })
    expect((await alsFatima('/berichten')).status).toBe(503)
    expect((await mock('/faults', { method: 'DELETE' })).status).toBe(204)
    expect((await alsFatima('/berichten')).status).toBe(200)
    expect((await mock('/clock', json({ now: '2030-05-01T10:00:00Z' }))).status).toBe(204)
    expect(await (await mock('/clock')).json()).toEqual({ now: expect.stringMatching(/^2030-05-01T10:00:0/) })
  })
})
