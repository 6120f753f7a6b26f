/**
 * The whole server (createApp: security headers, static app, mock backend) on a free loopback port, for
 * integration tests. A temporary dist/ with a one-line index.html stands in for the build.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bound } from '../mocks/handlers/test-dpop'
import { backend, type Principal } from '../mocks/state/backend'
import { createApp } from './app'
import { answerClientError } from './client-error'

export interface TestApp {
  origin: string
  close(): Promise<void>
}

export async function startTestApp(tokens: Record<string, Principal> = {}): Promise<TestApp> {
  const distDir = await mkdtemp(join(tmpdir(), 'mijn-overheid-dist-'))
  await writeFile(join(distDir, 'index.html'), '<!doctype html><html lang="nl"><title>Mijn Overheid</title></html>')
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('geen poort')
  const origin = `http://127.0.0.1:${address.port}`
  const app = await createApp({ host: '127.0.0.1', port: address.port, publicOrigin: origin, mocks: true, oidcAuthority: undefined, distDir })
  server.on('request', app)
  server.on('clientError', answerClientError)
  // Fake tokens (bound to the test key) instead of a DigiD login: the resolver is asked on every request.
  backend.useTokenResolver(async (token) => bound(tokens[token]))
  return {
    origin,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(distDir, { recursive: true, force: true })
    },
  }
}

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** A request exactly as written (no URL clean-up as fetch does), for bad input. */
export function rawRequest(origin: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin)
    const outgoing = httpRequest({ host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    outgoing.on('error', reject)
    outgoing.end(init.body)
  })
}

/**
 * Announces a huge body, sends only its first bytes (`begin`) and waits: an answer proves the server
 * did not wait for the rest.
 */
export function sendBeginOnly(origin: string, path: string, headers: Record<string, string>, begin: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin)
    const outgoing = httpRequest({ host: url.hostname, port: url.port, path, method: 'POST', headers }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
    outgoing.write(begin)
  })
}
