import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { handelingSchema, machtigingSchema } from '../../../src/features/machtigingen/machtigingen.schemas'
import { problemSchema } from '../../../src/shared/http/problem'
import { startTestApp, type TestApp } from '../../../server/test-app'
import { backend } from '../../state/backend'
import { dpopHeaders } from '../test-dpop'
import { BSN, MACHTIGING, tokens } from '../test-server'

// The real server wiring (server/app.ts): /__mock/machtigingen and the API on one port.
let app: TestApp
beforeAll(async () => {
  app = await startTestApp(tokens)
})
afterEach(() => backend.reset())
afterAll(() => app.close())

async function api(pad: string, token: string, init: RequestInit = {}) {
  const url = `${app.origin}/api${pad}`
  const auth = await dpopHeaders(init.method ?? 'GET', url, token)
  return fetch(url, { ...init, headers: { ...auth, ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers } })
}
const mock = (pad: string) => fetch(`${app.origin}/__mock/machtigingen${pad}`)

describe('/__mock/machtigingen', () => {
  it("gives a person's machtigingen as the API shows them to that person", async () => {
    const lijst = v.parse(v.array(machtigingSchema), await (await mock(`?bsn=${BSN.anna}`)).json())
    expect(lijst.map(({ id, status }) => [id, status])).toEqual([
      [MACHTIGING.annaPieter, 'actief'],
      [MACHTIGING.annaPieterVerlopen, 'verlopen'],
    ])

    expect((await api(`/machtigingen/${MACHTIGING.annaPieter}`, 'anna', { method: 'PATCH', body: JSON.stringify({ status: 'ingetrokken' }) })).status).toBe(200)
    const na = v.parse(v.array(machtigingSchema), await (await mock(`?bsn=${BSN.pieter}`)).json())
    expect(na[0]).toMatchObject({ id: MACHTIGING.annaPieter, richting: 'ontvangen', status: 'ingetrokken' })
    expect(await (await mock(`?bsn=${BSN.noor}`)).json()).toEqual([])
  })

  it('gives everything done on the person’s behalf through the real server, newest first, not paged', async () => {
    expect(await (await mock(`/handelingen?bsn=${BSN.anna}`)).json()).toEqual([])
    expect((await api('/berichten', 'pieterVoorAnna')).status).toBe(200)
    expect((await api('/berichtenbox/instellingen', 'pieterVoorAnna')).status).toBe(403)
    for (let keer = 0; keer < 25; keer += 1) await api('/zaken/_aantallen', 'pieterVoorAnna')

    const regels = v.parse(v.array(handelingSchema), await (await mock(`/handelingen?bsn=${BSN.anna}`)).json())
    expect(regels.map(({ actie, gegevens, toegestaan, aantal }) => [actie, gegevens, toegestaan, aantal])).toEqual([
      ['Bekeken', 'Zaken', true, 25],
      ['Bekeken', 'De instellingen van de Berichtenbox', false, 1],
      ['Berichtenbox bekeken', 'Berichten', true, 1],
    ])
  })

  it('needs a bsn of 9 digits', async () => {
    for (const pad of ['', '?bsn=12', '/handelingen', '/handelingen?bsn=abc']) {
      const response = await mock(pad)
      expect(response.status, pad).toBe(400)
      expect(v.parse(problemSchema, await response.json()).invalidParams?.[0]?.name).toBe('bsn')
    }
  })
})
