import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EIDAS_ACR } from '../src/features/auth/assurance-levels'
import { dpopHeaders } from '../mocks/handlers/test-dpop'
import { backend } from '../mocks/state/backend'
import { readServerConfig } from './config'
import { rawRequest, startTestApp, type TestApp } from './test-app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ 'token-fatima': { bsn: '999990019', acr: EIDAS_ACR.low } })
})
afterEach(() => backend.reset())
afterAll(() => app.close())

const get = (pad: string, headers: Record<string, string> = {}) => fetch(`${app.origin}${pad}`, { headers })
/** Fatima's token with a fresh DPoP proof for this one request (`path` from the origin on). */
const metToken = (method: string, path: string) => dpopHeaders(method, `${app.origin}${path}`, 'token-fatima')

describe('nothing personal in an HTTP cache (issue 6 §7)', () => {
  it('sends Cache-Control: no-store on every /api and /__mock answer, errors and faults included', async () => {
    await fetch(`${app.origin}/__mock/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '/api/berichten/_aantallen', status: 503 }) })
    const antwoorden = await Promise.all([
      get('/api/berichten', await metToken('GET', '/api/berichten')),
      get('/api/berichten'),
      get('/api/bestaat-niet', await metToken('GET', '/api/bestaat-niet')),
      get('/api/berichten/_aantallen', await metToken('GET', '/api/berichten/_aantallen')),
      get('/__mock/clock'),
      get('/__mock/bestaat-niet'),
      get('/__mock/requests', { 'Sec-Fetch-Site': 'cross-site' }),
    ])
    expect(antwoorden.map((antwoord) => antwoord.status)).toEqual([200, 401, 404, 503, 200, 404, 403])
    for (const antwoord of antwoorden) expect(antwoord.headers.get('cache-control'), antwoord.url).toBe('no-store')
  })

  it('clears the HTTP cache on the logged-out page, and only there', async () => {
    const uitgelogd = await get('/uitgelogd', { Accept: 'text/html' })
    expect(uitgelogd.status).toBe(200)
    expect(uitgelogd.headers.get('clear-site-data')).toBe('"cache"')
    expect((await get('/berichten', { Accept: 'text/html' })).headers.get('clear-site-data')).toBeNull()
  })
})

describe('one clock (issue 6 §6)', () => {
  it('dates every API answer by the mock clock, so the app can take "now" from it', async () => {
    const later = new Date(Date.now() + 40 * 86_400_000)
    await fetch(`${app.origin}/__mock/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: later.toISOString() }) })
    for (const antwoord of [await get('/api/berichten', await metToken('GET', '/api/berichten')), await get('/api/berichten')]) {
      const datum = Date.parse(antwoord.headers.get('date') ?? '')
      expect(Math.abs(datum - later.getTime())).toBeLessThan(5_000)
    }
  })
})

describe('security headers', () => {
  it('demand Trusted Types with only the app’s own policies, and deny powerful features', async () => {
    const pagina = await get('/', { Accept: 'text/html' })
    const csp = pagina.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("require-trusted-types-for 'script'")
    expect(csp).toMatch(/trusted-types dompurify vue service-worker(;|$)/)
    expect(csp).not.toMatch(/trusted-types[^;]*(default|'allow-duplicates')/)
    const permissions = pagina.headers.get('permissions-policy') ?? ''
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`)
  })

  it('keep the mock DigiD pages working under that CSP: no inline script or style, assets from self', async () => {
    const login = await get('/mock-digid/auth?client_id=bestaat-niet')
    const html = await login.text()
    expect(login.headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'")
    expect(html).toContain('Er ging iets mis bij DigiD')
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)|\sstyle=|\son\w+=/)
  })
})

describe('the test control API is for this site only (issue 6 §8)', () => {
  it.each(['cross-site', 'same-site'])('refuses Sec-Fetch-Site: %s, and the reset does not happen', async (site) => {
    backend.clock.set(new Date('2031-01-01T00:00:00Z'))
    const response = await fetch(`${app.origin}/__mock/reset`, { method: 'POST', headers: { 'Sec-Fetch-Site': site, 'Content-Type': 'text/plain' }, body: 'x' })
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 403, code: 'andere-site' })
    expect(backend.clock.now().getUTCFullYear()).toBe(2031)
  })

  it.each([['same-origin'], ['none'], [undefined]])('lets Sec-Fetch-Site %s through (the app itself, a typed URL, curl, Playwright)', async (site) => {
    const response = await fetch(`${app.origin}/__mock/reset`, { method: 'POST', headers: site ? { 'Sec-Fetch-Site': site } : {} })
    expect(response.status).toBe(204)
  })
})

describe('mocks only where nobody else can reach them', () => {
  it('refuses to start the mocks on an origin that is not loopback, unless MOCKS=on', () => {
    expect(() => readServerConfig({ PUBLIC_ORIGIN: 'https://mijn.example.nl' })).toThrow(/MOCKS=on/)
    expect(() => readServerConfig({ HOST: '0.0.0.0' })).toThrow(/niet alleen van deze computer/)
    expect(readServerConfig({ PUBLIC_ORIGIN: 'https://mijn.example.nl', MOCKS: 'on' }).mocks).toBe(true)
    expect(readServerConfig({ PUBLIC_ORIGIN: 'https://mijn.example.nl', MOCKS: 'off' }).mocks).toBe(false)
    for (const origin of ['http://127.0.0.1:4173', 'http://localhost:5173', 'http://[::1]:4173', 'http://127.0.0.2']) {
      expect(readServerConfig({ PUBLIC_ORIGIN: origin }).mocks, origin).toBe(true)
    }
  })
})

describe('methods the API does not know', () => {
  it('answers TRACE and PROPFIND with 405 problem+json, never a crash', async () => {
    const { request } = await import('node:http')
    const vraag = async (method: string) => {
      const headers = await metToken(method, '/api/berichten')
      return new Promise<{ status: number; type: string; allow: string }>((resolve, reject) => {
        const req = request(`${app.origin}/api/berichten`, { method, headers }, (res) => {
          res.resume()
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), allow: String(res.headers['allow'] ?? '') }))
        })
        req.on('error', reject)
        req.end()
      })
    }
    for (const method of ['TRACE', 'PROPFIND']) {
      const antwoord = await vraag(method)
      expect(antwoord.status, method).toBe(405)
      expect(antwoord.type).toContain('application/problem+json')
      expect(antwoord.allow).toContain('GET')
    }
  })
})

describe('DPoP through the server', () => {
  it('an absolute-form request line cannot choose the origin a proof is checked against', async () => {
    const elders = 'http://evil.example/api/berichten'
    expect((await rawRequest(app.origin, elders, { headers: await dpopHeaders('GET', elders, 'token-fatima') })).status).toBe(401)
    const hier = `${app.origin}/api/berichten`
    expect((await rawRequest(app.origin, hier, { headers: await dpopHeaders('GET', hier, 'token-fatima') })).status).toBe(200)
  })
})
