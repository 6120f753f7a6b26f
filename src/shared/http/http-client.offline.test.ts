// @vitest-environment node
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHttpClient, type OfflineCopy } from './http-client'

const API = 'http://localhost/api'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  vi.unstubAllGlobals()
})
/** The device says it is offline, as Chromium does with no network. */
const goOffline = () => vi.stubGlobal('navigator', { onLine: false })
afterAll(() => server.close())

const berichtSchema = v.object({ id: v.string(), map: v.string() })

function memoryCopy() {
  const kept = new Map<string, unknown>()
  const copy: OfflineCopy = { keep: (url, data) => void kept.set(url, data), find: async (url) => kept.get(url) }
  return { kept, copy }
}

describe('the offline copy', () => {
  it('keeps a checked answer by its full URL, and shows it when the device is offline', async () => {
    const { kept, copy } = memoryCopy()
    let online = true
    server.use(http.get(`${API}/berichten/1`, () => (online ? HttpResponse.json({ id: '1', map: 'postvak' }) : HttpResponse.error())))
    const client = createHttpClient({ baseUrl: API, getAccessToken: async () => 't', offlineCopy: copy, retries: 0 })
    await client.get('/berichten/1', berichtSchema, { query: { a: 1 } })
    expect([...kept.keys()]).toEqual([`${API}/berichten/1?a=1`])
    online = false
    // Online, a dropped connection stays an error: old data must not look current.
    await expect(client.get('/berichten/1', berichtSchema, { query: { a: 1 } })).rejects.toMatchObject({ kind: 'network' })
    goOffline()
    expect(await client.get('/berichten/1', berichtSchema, { query: { a: 1 } })).toEqual({ id: '1', map: 'postvak' })
    // Nothing kept for another URL: the error stays.
    await expect(client.get('/berichten/1', berichtSchema)).rejects.toMatchObject({ kind: 'offline' })
  })

  it('never keeps what fails its schema, and never hides an error the service gave', async () => {
    const { kept, copy } = memoryCopy()
    server.use(http.get(`${API}/fout`, () => HttpResponse.json({ id: 1 })))
    server.use(http.get(`${API}/kapot`, () => HttpResponse.json({ title: 'Stuk' }, { status: 500 })))
    const client = createHttpClient({ baseUrl: API, getAccessToken: async () => 't', offlineCopy: copy, retries: 0 })
    await expect(client.get('/fout', berichtSchema)).rejects.toMatchObject({ kind: 'malformed' })
    expect(kept.size).toBe(0)
    kept.set(`${API}/kapot`, { id: '1', map: 'postvak' })
    await expect(client.get('/kapot', berichtSchema)).rejects.toMatchObject({ kind: 'server' })
  })

  it("a PATCH's answer replaces the copy of that resource, so offline she sees what she changed", async () => {
    const { kept, copy } = memoryCopy()
    server.use(http.patch(`${API}/berichten/1`, () => HttpResponse.json({ id: '1', map: 'archief' })))
    const client = createHttpClient({ baseUrl: API, getAccessToken: async () => 't', offlineCopy: copy })
    kept.set(`${API}/berichten/1`, { id: '1', map: 'postvak' })
    await client.patch('/berichten/1', { map: 'archief' }, berichtSchema)
    expect(kept.get(`${API}/berichten/1`)).toEqual({ id: '1', map: 'archief' })
  })

  it('a kept answer that no longer fits the schema is not shown', async () => {
    const find = vi.fn(async () => ({ id: 5 }))
    server.use(http.get(`${API}/berichten/1`, () => HttpResponse.error()))
    goOffline()
    const client = createHttpClient({ baseUrl: API, getAccessToken: async () => 't', offlineCopy: { keep: () => undefined, find }, retries: 0 })
    await expect(client.get('/berichten/1', berichtSchema)).rejects.toMatchObject({ kind: 'malformed' })
  })
})

describe('a read-only POST (the BRP)', () => {
  it('is kept under its URL and body, so another person asked for is another copy', async () => {
    const { kept, copy } = memoryCopy()
    let online = true
    server.use(
      http.post(`${API}/brp/personen`, async ({ request }) =>
        online ? HttpResponse.json({ id: ((await request.json()) as { bsn: string }).bsn, map: '-' }) : HttpResponse.error(),
      ),
    )
    const client = createHttpClient({ baseUrl: API, getAccessToken: async () => 't', offlineCopy: copy, retries: 0 })
    await client.post('/brp/personen', { bsn: '1' }, berichtSchema, { readOnly: true })
    await client.post('/brp/personen', { bsn: '2' }, berichtSchema, { readOnly: true })
    expect(kept.size).toBe(2)
    online = false
    goOffline()
    expect(await client.post('/brp/personen', { bsn: '2' }, berichtSchema, { readOnly: true })).toEqual({ id: '2', map: '-' })
    // A POST that changes something is never answered from a copy.
    await expect(client.post('/brp/personen', { bsn: '2' }, berichtSchema)).rejects.toMatchObject({ kind: 'offline' })
  })
})
