/**
 * Test helpers that play the browser and the app against the mock DigiD: a cookie jar, manual
 * redirects, and the authorization code flow with PKCE. Used by digid.test.ts only.
 */
import { createHash, randomBytes } from 'node:crypto'
import express from 'express'
import { readAuthConfig } from '../../src/features/auth/auth.config'
import { signTestProof } from '../handlers/test-dpop'
import { backend } from '../state/backend'
import { createDigid, type Digid, type DigidOptions } from './index'

export const clientId = readAuthConfig({}, '').clientId

export interface TestServer {
  origin: string
  issuer: string
  redirectUri: string
  digid: Digid
  close(): Promise<void>
}

export async function startTestServer(extra: Pick<DigidOptions, 'snelInloggen'> = {}): Promise<TestServer> {
  const app = express()
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('test server has no TCP address')
  const origin = `http://127.0.0.1:${address.port}`
  const issuer = `${origin}/mock-digid`
  const digid = await createDigid({ issuer, clientId, appOrigins: [origin], voorWie: (bsn) => backend.machtigingen.vertegenwoordigbaar(bsn), ...extra })
  app.use('/mock-digid', digid.router)
  return {
    origin,
    issuer,
    redirectUri: readAuthConfig({}, origin).redirectUri,
    digid,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

/** Just enough of a browser: keeps cookies (ignoring paths, which only makes it more permissive). */
export class Browser {
  private readonly cookies = new Map<string, string>()

  async get(url: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(url, { method: 'GET', headers })
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    })
  }

  /** Follows redirects until a page is shown or the browser is sent back to `stopAt` (the app). */
  async follow(response: Response, stopAt: string): Promise<{ response: Response; url: string }> {
    let current = response
    let url = response.url
    while (current.status >= 300 && current.status < 400) {
      const location = current.headers.get('location')
      if (!location) throw new Error(`redirect without location from ${url}`)
      url = new URL(location, url).href
      if (url.startsWith(stopAt)) return { response: current, url }
      current = await this.get(url)
    }
    return { response: current, url }
  }

  private async request(url: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers)
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '))
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' })
    for (const cookie of response.headers.getSetCookie()) this.store(cookie)
    return response
  }

  private store(setCookie: string): void {
    const [pair = '', ...attributes] = setCookie.split(';')
    const separator = pair.indexOf('=')
    const name = pair.slice(0, separator).trim()
    const value = pair.slice(separator + 1).trim()
    const expired = attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute))
    if (expired || value === '') this.cookies.delete(name)
    else this.cookies.set(name, value)
  }
}

export interface Pkce {
  verifier: string
  challenge: string
}

export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

export interface AuthorizationRequest {
  pkce: Pkce
  state: string
  nonce: string
  url: string
}

export function authorizationRequest(server: Pick<TestServer, 'issuer' | 'redirectUri'>, extra: Record<string, string | undefined> = {}): AuthorizationRequest {
  const pkce = createPkce()
  const state = randomBytes(8).toString('hex')
  const nonce = randomBytes(8).toString('hex')
  const params: Record<string, string | undefined> = {
    client_id: clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: server.redirectUri,
    state,
    nonce,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    ...extra,
  }
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value)
  return { pkce, state, nonce, url: `${server.issuer}/auth?${query}` }
}

/** Starts a login and returns the DigiD login page the browser lands on. */
export async function openLoginPage(server: TestServer, browser: Browser, request = authorizationRequest(server)) {
  const { response, url } = await browser.follow(await browser.get(request.url), server.redirectUri)
  if (response.status !== 200) throw new Error(`expected the login page, got ${response.status} at ${url}`)
  return { request, url, html: await response.text() }
}

/** Submits a DigiD form and follows the redirects back to the app; `code` is missing if a page was shown instead. */
export async function submit(server: TestServer, browser: Browser, action: string, form: Record<string, string>) {
  const { response, url } = await browser.follow(await browser.post(action, form), server.redirectUri)
  const callback = url.startsWith(server.redirectUri) ? new URL(url).searchParams : undefined
  return { response, url, callback }
}

/**
 * A DPoP proof for the token endpoint, with the test key, as oidc-client-ts makes it: no `ath`, for there is no
 * access token yet (RFC 9449 §4.2). The tokens are then bound to the test key (`cnf.jkt`).
 */
const tokenEndpointProof = (url: string) => signTestProof({ method: 'POST', url, accessToken: '' }, undefined, { payload: { ath: undefined } })

export async function tokenRequest(server: TestServer, params: Record<string, string>) {
  const url = `${server.issuer}/token`
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', DPoP: tokenEndpointProof(url) },
    body: new URLSearchParams({ client_id: clientId, ...params }).toString(),
  })
  return { status: response.status, body: toRecord(await response.json()) }
}

export function exchangeCode(server: TestServer, code: string, codeVerifier?: string) {
  const params: Record<string, string> = { grant_type: 'authorization_code', code, redirect_uri: server.redirectUri }
  if (codeVerifier !== undefined) params['code_verifier'] = codeVerifier
  return tokenRequest(server, params)
}

/** The whole flow for one person: returns the code, the PKCE verifier and the nonce that was sent. */
export async function logIn(server: TestServer, form: Record<string, string>, browser = new Browser()) {
  const page = await openLoginPage(server, browser)
  const { callback } = await submit(server, browser, `${page.url}/inloggen`, form)
  const code = callback?.get('code')
  if (!code) throw new Error('login did not return a code')
  return { browser, code, request: page.request }
}

export function toRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new Error(`expected a JSON object, got ${String(value)}`)
  return Object.fromEntries(Object.entries(value))
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name]
  if (typeof value !== 'string') throw new Error(`expected ${name} in ${JSON.stringify(body)}`)
  return value
}
