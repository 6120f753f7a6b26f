import type { Server } from 'node:http'
import { createMiddleware } from '@mswjs/http-middleware'
import express from 'express'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createControlRouter } from '../../control/control-router'
import { backend } from '../../state/backend'
import { handlers } from '../index'
import { BerichtenLijstSchema, BerichtSchema, ProblemSchema } from './test-schemas'

// A small real server, wired like server/mock-backend.ts: /__mock and the API on one port.
let server: Server
let origin = ''
beforeAll(async () => {
  backend.useTokenResolver(async (token) => (token === 'token-fatima' ? { bsn: '999990019', acr: 'http://eidas.europa.eu/LoA/low' } : null))
  const app = express()
  app.use('/__mock', createControlRouter(backend))
  app.use(express.json(), createMiddleware(...handlers))
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('geen poort')
  origin = `http://127.0.0.1:${address.port}`
})
afterEach(() => backend.reset())
afterAll(() => new Promise((resolve) => server.close(resolve)))

const bezorg = (body: unknown) =>
  fetch(`${origin}/__mock/berichten`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const alsFatima = (pad: string, init: RequestInit = {}) =>
  fetch(`${origin}/api${pad}`, { ...init, headers: { Authorization: 'Bearer token-fatima', ...init.headers } })

const AantallenSchema = v.object({ ongelezen: v.number() })
const ongelezen = async () => v.parse(AantallenSchema, await (await alsFatima('/berichten/_aantallen')).json()).ongelezen

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
    const nieuw = v.parse(BerichtSchema, await response.json())
    expect(nieuw).toMatchObject({ afzender: 'Gemeente Utrecht', map: 'postvak', status: 'ongelezen', inhoud: brief.inhoud })
    expect(nieuw.bijlagen[0]?.grootteInBytes).toBeGreaterThan(1000)

    const lijst = v.parse(BerichtenLijstSchema, await (await alsFatima('/berichten')).json())
    expect(lijst.berichten[0]?.berichtId).toBe(nieuw.berichtId)
    expect(await ongelezen()).toBe(voor + 1)

    const pdf = await alsFatima(`/berichten/${nieuw.berichtId}/bijlagen/${nieuw.bijlagen[0]?.bijlageId}`)
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="gemeente-utrecht-ontvangstbevestiging.pdf"')

    // Through the real express wiring, a merge patch arrives too.
    const gelezen = await alsFatima(`/berichten/${nieuw.berichtId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ status: 'gelezen' }),
    })
    expect(gelezen.status).toBe(200)
    expect(await ongelezen()).toBe(voor)
  })

  it('refuses a letter without bsn, afzender, onderwerp or inhoud', async () => {
    const response = await bezorg({ afzender: ' ', onderwerp: 'Hallo' })
    expect(response.status).toBe(400)
    const problem = v.parse(ProblemSchema, await response.json())
    expect(problem.invalidParams).toEqual([
      { name: 'bsn', code: 'required', reason: 'Dit veld is verplicht.' },
      { name: 'afzender', code: 'min_length', reason: 'Geef afzender op.' },
      { name: 'inhoud', code: 'required', reason: 'Dit veld is verplicht.' },
    ])
  })
})

describe('GET /__mock/berichten/verificatiecodes', () => {
  it('shows tests the code that the e-mail would carry', async () => {
    expect((await fetch(`${origin}/__mock/berichten/verificatiecodes?bsn=999990019`)).status).toBe(404)
    await alsFatima('/berichtenbox/instellingen/email', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'f@example.nl' }) })
    const antwoord = await (await fetch(`${origin}/__mock/berichten/verificatiecodes?bsn=999990019`)).json()
    const { code } = v.parse(v.object({ code: v.string() }), antwoord)
    expect(code).toMatch(/^\d{6}$/)
    const verificatie = await alsFatima('/berichtenbox/instellingen/email/verificatie', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    })
    expect(verificatie.status).toBe(204)
  })
})
