// @vitest-environment node
import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import { createHttpClient, type HttpClientOptions } from './http-client'

const API = 'http://localhost/api'
const server = setupServer()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  vi.unstubAllGlobals()
})
afterAll(() => server.close())

const berichtSchema = v.object({ id: v.string(), onderwerp: v.string() })
const okSchema = v.object({ ok: v.boolean() })

function makeClient(overrides: Partial<HttpClientOptions> = {}) {
  const sleep = vi.fn<(ms: number) => Promise<void>>(() => Promise.resolve())
  const client = createHttpClient({ baseUrl: API, getAccessToken: async () => 'token-1', sleep, ...overrides })
  return { client, sleep }
}

/** The ApiError a promise rejects with; fails the test when it resolves or rejects with something else. */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`Expected an ApiError, got ${String(error)}`)
  return error
}

function problemResponse(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } })
}

describe('successful responses', () => {
  it('returns the checked body and sends the standard headers and query', async () => {
    let seen: Request | undefined
    server.use(
      http.get(`${API}/berichten/1`, ({ request }) => {
        seen = request
        return HttpResponse.json({ id: '1', onderwerp: 'Uw aanslag', extra: 'ignored' })
      }),
    )
    const { client } = makeClient()

    const bericht = await client.get('/berichten/1', berichtSchema, { query: { map: 'inbox', pagina: 2, gelezen: false, x: undefined, status: ['a', 'b'] } })

    expect(bericht).toEqual({ id: '1', onderwerp: 'Uw aanslag' })
    expect(seen?.headers.get('Accept')).toBe('application/json')
    expect(seen?.headers.get('Authorization')).toBe('Bearer token-1')
    expect(seen?.headers.get('Idempotency-Key')).toBeNull()
    expect(new URL(seen?.url ?? '').search).toBe('?map=inbox&pagina=2&gelezen=false&status=a&status=b')
  })

  it('sends no Authorization header without a token', async () => {
    let authorization: string | null = 'not called'
    server.use(
      http.get(`${API}/publiek`, ({ request }) => {
        authorization = request.headers.get('Authorization')
        return HttpResponse.json({ ok: true })
      }),
    )
    const { client } = makeClient({ getAccessToken: async () => null })

    await client.get('/publiek', okSchema)

    expect(authorization).toBeNull()
  })

  it('sends the body as JSON and resolves a DELETE without schema with nothing', async () => {
    let received: unknown
    let contentType: string | null = null
    server.use(
      http.patch(`${API}/berichten/1`, async ({ request }) => {
        received = await request.json()
        contentType = request.headers.get('Content-Type')
        return HttpResponse.json({ id: '1', onderwerp: 'Uw aanslag' })
      }),
      http.delete(`${API}/berichten/1`, () => new HttpResponse(null, { status: 204 })),
    )
    const { client } = makeClient()

    await expect(client.patch('/berichten/1', { status: 'gelezen' }, berichtSchema)).resolves.toEqual({ id: '1', onderwerp: 'Uw aanslag' })
    expect(received).toEqual({ status: 'gelezen' })
    expect(contentType).toBe('application/json')
    await expect(client.delete('/berichten/1')).resolves.toBeUndefined()
  })

  it('tells the app when a machtiging does not (or no longer) cover a request, and only then', async () => {
    const buiten = { type: 'x', title: 'Buiten uw machtiging', status: 403, code: 'buiten-machtiging', reden: 'ingetrokken' }
    server.use(
      http.get(`${API}/zaken`, () => HttpResponse.json(buiten, { status: 403, headers: { 'Content-Type': 'application/problem+json' } })),
      http.get(`${API}/anders`, () => HttpResponse.json({ type: 'x', title: 'Verboden', status: 403 }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } })),
    )
    const onOutsideMachtiging = vi.fn()
    const { client } = makeClient({ onOutsideMachtiging })

    await expect(client.get('/anders', okSchema)).rejects.toMatchObject({ kind: 'forbidden' })
    expect(onOutsideMachtiging).not.toHaveBeenCalled()
    await expect(client.get('/zaken', okSchema)).rejects.toMatchObject({ kind: 'forbidden', problem: { code: 'buiten-machtiging' } })
    expect(onOutsideMachtiging).toHaveBeenCalledTimes(1)
  })

  it('downloads an attachment as a Blob', async () => {
    server.use(
      http.get(`${API}/bijlagen/1`, () => new HttpResponse('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } })),
    )
    const { client } = makeClient()

    const blob = await client.getBlob('/bijlagen/1')

    expect(blob.type).toBe('application/pdf')
    expect(await blob.text()).toBe('%PDF-1.7')
  })
})

describe('responses that cannot be trusted', () => {
  it('rejects a body that does not match the schema as malformed', async () => {
    server.use(http.get(`${API}/berichten/1`, () => HttpResponse.json({ id: 1, onderwerp: null })))
    const { client } = makeClient()

    const error = await failure(client.get('/berichten/1', berichtSchema))

    expect(error.kind).toBe('malformed')
    expect(error.status).toBe(200)
  })

  it('rejects garbled JSON as malformed, without retrying', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/berichten`, () => {
        calls += 1
        return new HttpResponse('{"id": "1", onderw', { headers: { 'Content-Type': 'application/json' } })
      }),
    )
    const { client } = makeClient()

    expect((await failure(client.get('/berichten', berichtSchema))).kind).toBe('malformed')
    expect(calls).toBe(1)
  })
})

describe('error responses', () => {
  it('turns a 500 problem+json into a server error that carries the problem', async () => {
    server.use(
      http.post(`${API}/verzoeken`, () =>
        problemResponse(500, { type: 'about:blank', title: 'Interne fout', status: 500, detail: 'De BRP is niet bereikbaar.', instance: '/api/verzoeken' }),
      ),
    )
    const { client } = makeClient()

    const error = await failure(client.post('/verzoeken', { a: 1 }, okSchema))

    expect(error.kind).toBe('server')
    expect(error.status).toBe(500)
    expect(error.problem?.detail).toBe('De BRP is niet bereikbaar.')
  })

  it('turns a 400 with invalidParams into a validation error with the fields', async () => {
    const invalidParams = [{ name: 'huisnummer', code: 'integer', reason: 'Waarde is geen geldig getal.' }]
    server.use(http.post(`${API}/personen`, () => problemResponse(400, { title: 'Ongeldige vraag', status: 400, invalidParams })))
    const { client } = makeClient()

    const error = await failure(client.post('/personen', { type: 'x' }, okSchema))

    expect(error.kind).toBe('validation')
    expect(error.problem?.invalidParams).toEqual(invalidParams)
  })

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [418, 'http'],
  ] as const)('maps status %i to %s and tolerates a body that is no problem', async (status, kind) => {
    server.use(http.get(`${API}/x`, () => new HttpResponse('<html>oops</html>', { status, headers: { 'Content-Type': 'text/html' } })))
    const { client } = makeClient()

    const error = await failure(client.get('/x', okSchema))

    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.problem).toBeUndefined()
  })
})

describe('retries', () => {
  it('retries a GET after a 503 and then succeeds, waiting with backoff', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/zaken`, () => {
        calls += 1
        return calls === 1 ? problemResponse(503, { title: 'Onderhoud' }) : HttpResponse.json({ ok: true })
      }),
    )
    const { client, sleep } = makeClient()

    await expect(client.get('/zaken', okSchema)).resolves.toEqual({ ok: true })
    expect(calls).toBe(2)
    expect(sleep).toHaveBeenCalledOnce()
    const waited = sleep.mock.calls[0]?.[0] ?? -1
    expect(waited).toBeGreaterThanOrEqual(125)
    expect(waited).toBeLessThanOrEqual(250)
  })

  it('gives up after the configured extra attempts', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/zaken`, () => {
        calls += 1
        return new HttpResponse(null, { status: 502 })
      }),
    )
    const { client, sleep } = makeClient()

    expect((await failure(client.get('/zaken', okSchema))).kind).toBe('server')
    expect(calls).toBe(3)
    expect(sleep).toHaveBeenCalledTimes(2)
  })

  it('honours Retry-After: 2 on a 429 by waiting 2000 ms', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/berichten`, () => {
        calls += 1
        return calls === 1 ? problemResponse(429, { title: 'Te veel verzoeken' }, { 'Retry-After': '2' }) : HttpResponse.json({ ok: true })
      }),
    )
    const { client, sleep } = makeClient()

    await expect(client.get('/berichten', okSchema)).resolves.toEqual({ ok: true })
    expect(sleep).toHaveBeenCalledExactlyOnceWith(2000)
    expect(calls).toBe(2)
  })

  it('does not retry when Retry-After asks for longer than 10 seconds, and reports how long', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/berichten`, () => {
        calls += 1
        return problemResponse(429, { title: 'Te veel verzoeken' }, { 'Retry-After': '120' })
      }),
    )
    const { client, sleep } = makeClient()

    const error = await failure(client.get('/berichten', okSchema))

    expect(error.kind).toBe('rate-limited')
    expect(error.retryAfterSeconds).toBe(120)
    expect(calls).toBe(1)
    expect(sleep).not.toHaveBeenCalled()
  })

  it('never retries a POST on 503 and sends a generated Idempotency-Key', async () => {
    const keys: (string | null)[] = []
    server.use(
      http.post(`${API}/machtigingen`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        return new HttpResponse(null, { status: 503 })
      }),
    )
    const { client, sleep } = makeClient()

    expect((await failure(client.post('/machtigingen', { a: 1 }, okSchema))).kind).toBe('server')
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(sleep).not.toHaveBeenCalled()
  })

  it('reuses the Idempotency-Key a caller passes, also on every retry it asked for', async () => {
    const keys: (string | null)[] = []
    server.use(
      http.post(`${API}/verzoeken`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        return keys.length < 2 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ ok: true })
      }),
    )
    const { client } = makeClient()
    const init = { idempotencyKey: 'form-42', retry: true }

    await client.post('/verzoeken', { a: 1 }, okSchema, init)
    await client.post('/verzoeken', { a: 1 }, okSchema, init)

    expect(keys).toEqual(['form-42', 'form-42', 'form-42'])
  })
})

describe('time-outs, cancellation and lost connections', () => {
  it('gives up with kind timeout when the service is too slow', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/traag`, async () => {
        calls += 1
        await delay(500)
        return HttpResponse.json({ ok: true })
      }),
    )
    const { client, sleep } = makeClient({ timeoutMs: 10 })

    expect((await failure(client.get('/traag', okSchema))).kind).toBe('timeout')
    expect(calls).toBe(3)
    expect(sleep).toHaveBeenCalledTimes(2)
  })

  it('reports aborted, without retrying, when the caller cancels', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/traag`, async () => {
        calls += 1
        await delay(500)
        return HttpResponse.json({ ok: true })
      }),
    )
    const { client } = makeClient()
    const controller = new AbortController()

    const pending = client.get('/traag', okSchema, { signal: controller.signal })
    setTimeout(() => controller.abort(), 10)

    expect((await failure(pending)).kind).toBe('aborted')
    expect(calls).toBe(1)
  })

  it('reports a dropped connection as network, after retrying', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/zaken`, () => {
        calls += 1
        return HttpResponse.error()
      }),
    )
    const { client } = makeClient()

    expect((await failure(client.get('/zaken', okSchema))).kind).toBe('network')
    expect(calls).toBe(3)
  })

  it('reports offline, without retrying, when the browser knows it has no connection', async () => {
    vi.stubGlobal('navigator', { onLine: false })
    let calls = 0
    server.use(
      http.get(`${API}/zaken`, () => {
        calls += 1
        return HttpResponse.error()
      }),
    )
    const { client } = makeClient()

    expect((await failure(client.get('/zaken', okSchema))).kind).toBe('offline')
    expect(calls).toBe(1)
  })
})
