import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { EIDAS_ACR } from '../src/features/auth/assurance-levels'
import { dpopHeaders } from '../mocks/handlers/test-dpop'
import { backend } from '../mocks/state/backend'
import { rawRequest, sendBeginOnly, startTestApp, type RawResponse, type TestApp } from './test-app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ 'token-fatima': { bsn: '999990019', acr: EIDAS_ACR.low } })
})
afterEach(() => {
  vi.restoreAllMocks()
  backend.reset()
})
afterAll(() => app.close())

const BERICHT = '/api/berichten/00000000-0000-4000-8000-000000000000'
/** Fatima's token with a fresh DPoP proof for this one request (`path` from the origin on). */
const metToken = (method: string, path: string) => dpopHeaders(method, `${app.origin}${path}`, 'token-fatima')

const stuurBegin = (path: string, headers: Record<string, string>) => sendBeginOnly(app.origin, path, headers, Buffer.alloc(64 * 1024, 'x'))

function expectProblem(response: RawResponse, status: number) {
  expect(response.status).toBe(status)
  expect(response.headers['content-type']).toContain('application/problem+json')
  expect(response.headers['cache-control']).toBe('no-store')
  const body: unknown = JSON.parse(response.body)
  expect(body).toMatchObject({ status })
  // Never a stack trace, a file path or a library's own words.
  expect(response.body).not.toMatch(/\bat \w|\/work\/|node_modules|\.ts\b|Unexpected token|SyntaxError/)
  return body
}

describe('bad input gets a clean problem+json refusal (issue 6, "Bad input and faults")', () => {
  it('refuses a 300 MB text/plain body with 415 before reading it, for /api and /__mock', async () => {
    for (const path of [BERICHT, '/__mock/reset']) {
      const response = await stuurBegin(path, { 'Content-Type': 'text/plain', 'Content-Length': String(300 * 1024 * 1024), ...(await metToken('POST', path)) })
      expectProblem(response, 415)
      expect(response.headers.connection).toBe('close')
    }
  })

  it('refuses a JSON body over 1 MB: at once when it says so, after 1 MB when it is chunked', async () => {
    const gezegd = await stuurBegin('/api/brp/personen', { 'Content-Type': 'application/json', 'Content-Length': String(300 * 1024 * 1024), ...(await metToken('POST', '/api/brp/personen')) })
    expectProblem(gezegd, 413)
    // Without a length, the parser stops at the limit.
    const groot = await rawRequest(app.origin, '/__mock/berichten', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: JSON.stringify({ inhoud: 'x'.repeat(2 * 1024 * 1024) }),
    })
    expectProblem(groot, 413)
  })

  it('answers 400 for broken percent-encoding in the URL, in the API and in /__mock', async () => {
    for (const path of ['/api/berichten/%E0%A4%A', '/api/berichten?q=%E0%A4%A', '/__mock/requests?path=%ZZ']) {
      expectProblem(await rawRequest(app.origin, path, { headers: await metToken('GET', path) }), 400)
    }
  })

  it('answers 400 for JSON that does not parse or has the wrong shape, naming what is wrong', async () => {
    const kapot = await rawRequest(app.origin, '/api/brp/personen', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(await metToken('POST', '/api/brp/personen')) }, body: '{"type": ' })
    expect(expectProblem(kapot, 400)).toMatchObject({ detail: 'De gegevens zijn geen geldige JSON.' })
    const vorm = await rawRequest(app.origin, '/api/brp/personen', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(await metToken('POST', '/api/brp/personen')) }, body: '{"type": 12, "fields": {}}' })
    expect(expectProblem(vorm, 400)).toMatchObject({ invalidParams: expect.arrayContaining([expect.objectContaining({ name: 'type' })]) })
  })

  it('refuses __proto__ and constructor as BRP fields', async () => {
    for (const veld of ['__proto__', 'constructor']) {
      const body = `{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["999990019"],"fields":["${veld}"],"__proto__":{"geheim":1}}`
      const response = await rawRequest(app.origin, '/api/brp/personen', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(await metToken('POST', '/api/brp/personen')) }, body })
      expectProblem(response, 400)
    }
    expect(Reflect.get(Object.prototype, 'geheim')).toBeUndefined()
  })

  it('refuses a cross-site POST to /__mock/reset, body or not', async () => {
    const response = await rawRequest(app.origin, '/__mock/reset', { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'text/plain' }, body: 'reset' })
    expectProblem(response, 403)
  })
})

describe('an error inside never shows its stack or a file path', () => {
  const geheim = new Error('geheim: /work/main/mocks/state/backend.ts:12')

  it('in the API, as problem+json 500', async () => {
    vi.spyOn(backend, 'principalFor').mockRejectedValue(geheim)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await rawRequest(app.origin, '/api/berichten', { headers: await metToken('GET', '/api/berichten') })
    expect(expectProblem(response, 500)).toMatchObject({ title: 'Interne fout' })
    expect(response.body).not.toContain('geheim')
  })

  it('in /__mock, as problem+json 500', async () => {
    vi.spyOn(backend, 'reset').mockImplementation(() => {
      throw geheim
    })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await rawRequest(app.origin, '/__mock/reset', { method: 'POST' })
    expectProblem(response, 500)
    expect(response.body).not.toContain('geheim')
  })

  it('in /mock-digid and everywhere else, as one plain sentence', async () => {
    vi.spyOn(backend.faults, 'take').mockImplementation(() => {
      throw geheim
    })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await rawRequest(app.origin, '/mock-digid/.well-known/openid-configuration')
    expect(response.status).toBe(500)
    expect(response.body).toBe('Er ging iets mis. Probeer het later opnieuw.')
    const onbekend = await rawRequest(app.origin, '/bestaat/niet.js', { headers: { Accept: 'application/javascript' } })
    expect(onbekend.status).toBe(404)
    expect(onbekend.body).toBe('Niet gevonden.')
  })
})
