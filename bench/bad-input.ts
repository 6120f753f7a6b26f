/**
 * Bad input against the real server (issue 6, "Bad input and faults"): `npx tsx bench/bad-input.ts`.
 * Starts createApp on a free loopback port in this process, streams 300 MB bodies in 64 KB chunks (never
 * held in memory here either), sends the other bad inputs, and prints status codes and this process's memory
 * (server and client share it) before and after. A figure, not a test: nothing here fails the suite.
 */
import { request } from 'node:http'
import { Readable } from 'node:stream'
import { dpopHeaders } from '../mocks/handlers/test-dpop'
import { rawRequest, startTestApp } from '../server/test-app'

const MB = 1024 * 1024
const CHUNK = Buffer.alloc(64 * 1024, 'x')

interface Uitkomst {
  status: number
  verstuurdMB: number
}

/** Streams `totaal` bytes in chunks, with backpressure; stops when the server has answered and closed. */
function stroom(origin: string, path: string, headers: Record<string, string>, totaal: number): Promise<Uitkomst> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin)
    let verstuurd = 0
    let status = 0
    const bron = Readable.from(
      (function* () {
        for (; verstuurd < totaal; verstuurd += CHUNK.byteLength) yield CHUNK
      })(),
    )
    const outgoing = request({ host: url.hostname, port: url.port, path, method: 'POST', headers }, (response) => {
      status = response.statusCode ?? 0
      response.resume()
      response.on('end', () => {
        bron.destroy()
        outgoing.destroy()
        resolve({ status, verstuurdMB: verstuurd / MB })
      })
    })
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // The server closes the connection once it has answered: writing on fails, as it should.
      if (!status || !['EPIPE', 'ECONNRESET'].includes(error.code ?? '')) reject(error)
    })
    bron.pipe(outgoing)
  })
}

function geheugen(label: string) {
  globalThis.gc?.()
  const { rss, heapUsed } = process.memoryUsage()
  console.log(`${label.padEnd(38)} rss ${(rss / MB).toFixed(1).padStart(6)} MB   heapUsed ${(heapUsed / MB).toFixed(1).padStart(6)} MB`)
  return rss
}

const app = await startTestApp({ 'token-fatima': { bsn: '999990019', acr: 'http://eidas.europa.eu/LoA/low' } })
/** Fatima's token with a fresh DPoP proof: one per request. */
const token = (method: string, path: string) => dpopHeaders(method, `${app.origin}${path}`, 'token-fatima')
const bericht = '/api/berichten/00000000-0000-4000-8000-000000000000'
// Warm up: the first request loads handlers and seeds a mailbox; that is not the bad input's cost.
await rawRequest(app.origin, '/api/berichten', { headers: await token('GET', '/api/berichten') })
const voor = geheugen('voor')

// The highest rss while the bodies stream in: "flat" means it never climbs towards 300 MB.
let piek = voor
const meter = setInterval(() => (piek = Math.max(piek, process.memoryUsage().rss)), 20)
const groot = 300 * MB
const stromen = [
  ['300 MB text/plain, Content-Length, /api', bericht, { 'Content-Type': 'text/plain', 'Content-Length': String(groot), ...(await token('POST', bericht)) }],
  ['300 MB text/plain, chunked, /api', bericht, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked', ...(await token('POST', bericht)) }],
  ['300 MB text/plain, chunked, /__mock/reset', '/__mock/reset', { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }],
  ['300 MB "JSON", chunked, /api/brp/personen', '/api/brp/personen', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', ...(await token('POST', '/api/brp/personen')) }],
] as const
for (const [label, path, headers] of stromen) {
  const { status, verstuurdMB } = await stroom(app.origin, path, headers, groot)
  console.log(`${label.padEnd(44)} → ${status}  (${verstuurdMB.toFixed(1)} MB sent before the server closed)`)
}

const json = async (method: string, path: string) => ({ 'Content-Type': 'application/json', ...(await token(method, path)) })
const brp = (veld: string) => JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990019'], fields: [veld] })
const losse: [string, Promise<{ status: number; headers: Record<string, unknown> }>][] = [
  ['malformed percent-encoding', rawRequest(app.origin, '/api/berichten/%E0%A4%A', { headers: await token('GET', '/api/berichten/%E0%A4%A') })],
  ['JSON of the wrong shape', rawRequest(app.origin, bericht, { method: 'PATCH', headers: await json('PATCH', bericht), body: '[1,2,3]' })],
  ['BRP field __proto__', rawRequest(app.origin, '/api/brp/personen', { method: 'POST', headers: await json('POST', '/api/brp/personen'), body: brp('__proto__') })],
  ['BRP field constructor', rawRequest(app.origin, '/api/brp/personen', { method: 'POST', headers: await json('POST', '/api/brp/personen'), body: brp('constructor') })],
  ['cross-site POST /__mock/reset', rawRequest(app.origin, '/__mock/reset', { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } })],
]
for (const [label, antwoord] of losse) {
  const { status, headers } = await antwoord
  console.log(`${label.padEnd(44)} → ${status}  ${String(headers['content-type'])}`)
}

clearInterval(meter)
const na = geheugen('na')
console.log(`hoogste rss tijdens het sturen: ${(piek / MB).toFixed(1)} MB; verschil voor/na: ${((na - voor) / MB).toFixed(1)} MB`)
await app.close()
