import { connect } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EIDAS_ACR } from '../src/features/auth/assurance-levels'
import { dpopHeaders } from '../mocks/handlers/test-dpop'
import { backend } from '../mocks/state/backend'
import { rawRequest, sendBeginOnly, startTestApp, type TestApp } from './test-app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ 'token-fatima': { bsn: '999990019', acr: EIDAS_ACR.low } })
})
afterEach(() => backend.reset())
afterAll(() => app.close())

/** Fatima's token with a fresh DPoP proof for this one request (`path` from the origin on). */
const metToken = (method: string, path: string) => dpopHeaders(method, `${app.origin}${path}`, 'token-fatima')
const json = { 'Content-Type': 'application/json' }

/** Bytes exactly as written on a new connection, and what came back before it closed. */
function stuurRuw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(app.origin).port), '127.0.0.1')
    let antwoord = ''
    socket.on('data', (deel: Buffer) => (antwoord += deel.toString()))
    socket.on('close', () => resolve(antwoord))
    socket.on('error', reject)
    socket.end(bytes)
  })
}

const stuurBegin = (path: string, headers: Record<string, string>) => sendBeginOnly(app.origin, path, headers, 'persoon=&bsn=999990019&niveau=midden&x=' + 'x'.repeat(64 * 1024))

describe('what anyone can send before logging in stays small in memory', () => {
  it('logs a large body only as cut off, with its size', async () => {
    const inhoud = 'x'.repeat(100 * 1024)
    const response = await fetch(`${app.origin}/api/brp/personen`, { method: 'POST', headers: json, body: JSON.stringify({ inhoud }) })
    expect(response.status).toBe(401)
    const [gelogd] = await (await fetch(`${app.origin}/__mock/requests?path=/api/brp/personen`)).json()
    expect(gelogd).toMatchObject({ method: 'POST', path: '/api/brp/personen', body: { afgekapt: true, bytes: expect.any(Number) } })
    expect(gelogd.body.bytes).toBeGreaterThan(100 * 1024)
  })

  it('refuses JSON nested deeper than 32 levels with 400, and the request log keeps working', async () => {
    for (const body of ['['.repeat(400_000) + ']'.repeat(400_000), '{"a":'.repeat(150_000) + '1' + '}'.repeat(150_000)]) {
      const response = await fetch(`${app.origin}/api/brp/personen`, { method: 'POST', headers: { ...json, ...(await metToken('POST', '/api/brp/personen')) }, body })
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      expect(await response.json()).toMatchObject({ invalidParams: [{ name: 'body', code: 'diepte' }] })
    }
    const deepControl = await fetch(`${app.origin}/__mock/faults`, { method: 'POST', headers: json, body: '['.repeat(50_000) + ']'.repeat(50_000) })
    expect(deepControl.status).toBe(400)
    expect((await fetch(`${app.origin}/__mock/requests`)).status).toBe(200)
  })
})

describe('Node’s own refusals answer like the rest of the server', () => {
  it.each([
    ['a malformed request line', 'NONSENSE\r\n\r\n', 400],
    ['headers over the limit', `GET /api/berichten HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Veel: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
  ])('%s: problem+json, no-store, and the connection closes', async (_naam, bytes, status) => {
    const antwoord = await stuurRuw(bytes)
    const [kop = '', body = ''] = antwoord.split('\r\n\r\n')
    expect(kop).toMatch(new RegExp(`^HTTP/1.1 ${status} `))
    expect(kop).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/i)
    expect(kop).toMatch(/\r\nCache-Control: no-store\r\n/i)
    expect(kop).toMatch(/\r\nConnection: close\r\n/i)
    expect(JSON.parse(body)).toMatchObject({ status })
  })
})

describe('methods', () => {
  it('answers HEAD on a GET route as GET without the body', async () => {
    const get = await fetch(`${app.origin}/api/berichten`, { headers: await metToken('GET', '/api/berichten') })
    const head = await rawRequest(app.origin, '/api/berichten', { method: 'HEAD', headers: await metToken('HEAD', '/api/berichten') })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-type']).toBe(get.headers.get('content-type'))
    expect(head.headers['content-length']).toBe(String((await get.arrayBuffer()).byteLength))
    expect((await rawRequest(app.origin, '/api/berichten', { method: 'HEAD' })).status).toBe(401)
  })

  it('answers a known path with a method it does not have with 405 and Allow', async () => {
    const response = await fetch(`${app.origin}/api/brp/personen`, { method: 'PUT', headers: { ...json, ...(await metToken('PUT', '/api/brp/personen')) }, body: '{}' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect((await fetch(`${app.origin}/api/berichten/_aantallen`, { method: 'POST', headers: await metToken('POST', '/api/berichten/_aantallen') })).headers.get('allow')).toContain('GET, HEAD')
    expect((await fetch(`${app.origin}/api/bestaat-niet`, { method: 'PUT', headers: await metToken('PUT', '/api/bestaat-niet') })).status).toBe(404)
  })
})

describe('the mock DigiD login form', () => {
  it('refuses a body over 10 KB at once, without reading it', async () => {
    const response = await stuurBegin('/mock-digid/interaction/onbekend/inloggen', {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': String(300 * 1024 * 1024),
    })
    expect(response.status).toBe(413)
    expect(response.headers.connection).toBe('close')
    expect(response.body).toContain('Er ging iets mis bij DigiD')
  })
})
