import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { EIDAS_ACR } from '../src/features/auth/assurance-levels'
import { leesLijst } from '../mocks/handlers/berichten/contract'
import { dpopHeaders } from '../mocks/handlers/test-dpop'
import { backend } from '../mocks/state/backend'
import { startTestApp, type TestApp } from './test-app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({
    fatima: { bsn: '999990019', acr: EIDAS_ACR.substantial },
    anna: { bsn: '999990032', acr: EIDAS_ACR.substantial },
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  backend.reset()
})
afterAll(() => app.close())

async function api(pad: string, { method = 'POST', body, key, token = 'fatima' }: { method?: string; body?: unknown; key?: string; token?: string } = {}) {
  const url = `${app.origin}/api${pad}`
  return fetch(url, {
    method,
    headers: {
      ...(await dpopHeaders(method, url, token)),
      ...(key ? { 'Idempotency-Key': key } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

const vraagCode = (email: string, key: string, token = 'fatima') => api('/berichtenbox/instellingen/email', { body: { email }, key, token })

async function eersteBericht(): Promise<string> {
  const [eerste] = leesLijst(await (await api('/berichten', { method: 'GET' })).json()).berichten
  if (!eerste) throw new Error('geen bericht')
  return eerste.berichtId
}

describe('Idempotency-Key for every write under /api', () => {
  it('answers a repeat with the first answer and sends no second e-mail', async () => {
    const eerste = await vraagCode('f@example.nl', 'sleutel-1')
    const tweede = await vraagCode('f@example.nl', 'sleutel-1')
    expect([eerste.status, tweede.status]).toEqual([202, 202])
    expect(await tweede.text()).toBe(await eerste.text())
    expect(tweede.headers.get('content-type')).toBe(eerste.headers.get('content-type'))
    expect(tweede.headers.get('idempotent-replayed')).toBe('true')
    expect(eerste.headers.get('idempotent-replayed')).toBeNull()
    expect(backend.mail.lijst()).toHaveLength(1)
    // Both arrived, as the request log shows: the second simply changed nothing.
    expect(backend.requests.list('/api/berichtenbox/instellingen/email').map((entry) => entry.idempotencyKey)).toEqual(['sleutel-1', 'sleutel-1'])
  })

  it('refuses the same key with another body: 422, and nothing happens', async () => {
    await vraagCode('f@example.nl', 'sleutel-2')
    const ander = await vraagCode('ander@example.nl', 'sleutel-2')
    expect(ander.status).toBe(422)
    expect(ander.headers.get('content-type')).toContain('application/problem+json')
    expect(await ander.json()).toMatchObject({ code: 'idempotency-key-hergebruikt' })
    expect(backend.mail.lijst().map((mail) => mail.aan)).toEqual(['f@example.nl'])
  })

  it('keeps keys apart per person: the same key from someone else is a new request', async () => {
    await vraagCode('f@example.nl', 'gedeeld')
    expect((await vraagCode('a@example.nl', 'gedeeld', 'anna')).status).toBe(202)
    expect(backend.mail.lijst()).toHaveLength(2)
  })

  it('replays a DELETE, which would otherwise say 404 the second time', async () => {
    const id = await eersteBericht()
    await api(`/berichten/${id}`, { method: 'PATCH', body: { map: 'prullenbak' } })
    expect((await api(`/berichten/${id}`, { method: 'DELETE', key: 'weg' })).status).toBe(204)
    expect((await api(`/berichten/${id}`, { method: 'DELETE', key: 'weg' })).status).toBe(204)
    expect((await api(`/berichten/${id}`, { method: 'DELETE', key: 'nieuw' })).status).toBe(404)
  })

  it('does not keep a server error: the retry with the same key really runs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const stuurCode = vi.spyOn(backend.berichtenbox.instellingen, 'vraagCode').mockImplementationOnce(() => {
      throw new Error('storing')
    })
    expect((await vraagCode('f@example.nl', 'opnieuw')).status).toBe(500)
    stuurCode.mockRestore()
    const retry = await vraagCode('f@example.nl', 'opnieuw')
    expect(retry.status).toBe(202)
    expect(retry.headers.get('idempotent-replayed')).toBeNull()
    expect(backend.mail.lijst()).toHaveLength(1)
  })

  it('forgets every key on reset', async () => {
    await vraagCode('f@example.nl', 'reset')
    backend.reset()
    expect((await vraagCode('ander@example.nl', 'reset')).status).toBe(202)
  })

  it('answers 429 with Retry-After when the person has too many keys in progress, and nothing happens', async () => {
    vi.spyOn(backend.idempotency, 'herken').mockReturnValueOnce({ soort: 'vol' })
    const response = await vraagCode('f@example.nl', 'een-te-veel')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('60')
    expect(await response.json()).toMatchObject({ code: 'te-veel-sleutels' })
    expect(backend.mail.lijst()).toEqual([])
  })

  it('refuses a key that is not printable ASCII or too long', async () => {
    const response = await vraagCode('f@example.nl', 'x'.repeat(256))
    expect(response.status).toBe(400)
    expect(backend.mail.lijst()).toEqual([])
  })
})
