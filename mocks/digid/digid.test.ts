// @vitest-environment node
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  Browser,
  authorizationRequest,
  clientId,
  exchangeCode,
  logIn,
  openLoginPage,
  startTestServer,
  stringField,
  submit,
  tokenRequest,
  type TestServer,
} from './test-flow'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server.close()
})

async function verifyIdToken(idToken: string): Promise<JWTPayload> {
  const keys = createRemoteJWKSet(new URL(`${server.issuer}/jwks`))
  const { payload } = await jwtVerify(idToken, keys, { issuer: server.issuer, audience: clientId })
  return payload
}

describe('mock DigiD login', () => {
  it('logs Fatima in at level Substantieel with PKCE and returns NL GOV claims', async () => {
    const browser = new Browser()
    const page = await openLoginPage(server, browser)
    expect(page.html).toContain('<label class="field__label" for="bsn">Burgerservicenummer</label>')
    expect(page.html).toContain('<title>Inloggen met DigiD - mock</title>')
    // The CSP allows no inline scripts or styles.
    expect(page.html).not.toMatch(/<script(?![^>]*\ssrc=)|\sstyle=/)

    const { callback } = await submit(server, browser, `${page.url}/inloggen`, { persoon: '999990019', bsn: '', niveau: 'substantieel' })
    expect(callback?.get('state')).toBe(page.request.state)
    const code = callback?.get('code')
    expect(code).toBeTruthy()

    const tokens = await exchangeCode(server, code ?? '', page.request.pkce.verifier)
    expect(tokens.status).toBe(200)
    const idToken = await verifyIdToken(stringField(tokens.body, 'id_token'))
    expect(idToken).toMatchObject({
      sub: '999990019',
      sub_id_type: 'urn:nl-eid-gdi:1.0:id:BSN',
      acr: 'http://eidas.europa.eu/LoA/substantial',
      loa_digid: 'substantieel',
      nonce: page.request.nonce,
    })
    expect(idToken.auth_time).toEqual(expect.any(Number))
    expect(idToken).not.toHaveProperty('name')
    expect(idToken).not.toHaveProperty('represents')

    const accessToken = stringField(tokens.body, 'access_token')
    await expect(server.digid.resolveAccessToken(accessToken)).resolves.toEqual({
      bsn: '999990019',
      acr: 'http://eidas.europa.eu/LoA/substantial',
    })
    await expect(server.digid.resolveAccessToken('onbekend-token')).resolves.toBeNull()
  })

  it('rejects a token request without code_verifier', async () => {
    const { code } = await logIn(server, { persoon: '999990019', niveau: 'midden' })
    const tokens = await exchangeCode(server, code)
    expect(tokens.status).toBe(400)
    expect(tokens.body['error']).toBe('invalid_grant')
  })

  it('rejects a token request with the wrong code_verifier', async () => {
    const { code } = await logIn(server, { persoon: '999990019', niveau: 'midden' })
    const tokens = await exchangeCode(server, code, 'a'.repeat(43))
    expect(tokens.status).toBe(400)
    expect(tokens.body['error']).toBe('invalid_grant')
  })

  it.each([
    ['code_challenge_method=plain', { code_challenge_method: 'plain' }],
    ['no code_challenge', { code_challenge: undefined, code_challenge_method: undefined }],
  ])('rejects an authorization request with %s', async (_name, extra) => {
    const browser = new Browser()
    const request = authorizationRequest(server, extra)
    const { url } = await browser.follow(await browser.get(request.url), server.redirectUri)
    const callback = new URL(url)
    expect(callback.pathname).toBe('/auth/callback')
    expect(callback.searchParams.get('error')).toBe('invalid_request')
    expect(callback.searchParams.get('code')).toBeNull()
  })

  it('rotates refresh tokens: the new one works, the old one is refused', async () => {
    const { code, request } = await logIn(server, { persoon: '999990056', niveau: 'basis' })
    const first = await exchangeCode(server, code, request.pkce.verifier)
    const oldRefreshToken = stringField(first.body, 'refresh_token')

    const refreshed = await tokenRequest(server, { grant_type: 'refresh_token', refresh_token: oldRefreshToken })
    expect(refreshed.status).toBe(200)
    const newRefreshToken = stringField(refreshed.body, 'refresh_token')
    expect(newRefreshToken).not.toBe(oldRefreshToken)
    const idToken = await verifyIdToken(stringField(refreshed.body, 'id_token'))
    expect(idToken).toMatchObject({ sub: '999990056', acr: 'http://eidas.europa.eu/LoA/low', loa_digid: 'basis' })
    await expect(server.digid.resolveAccessToken(stringField(refreshed.body, 'access_token'))).resolves.toMatchObject({
      bsn: '999990056',
    })

    const reused = await tokenRequest(server, { grant_type: 'refresh_token', refresh_token: oldRefreshToken })
    expect(reused.status).toBe(400)
    expect(reused.body['error']).toBe('invalid_grant')
  })

  it('forgets a revoked access token', async () => {
    const { code, request } = await logIn(server, { persoon: '999990019', niveau: 'midden' })
    const tokens = await exchangeCode(server, code, request.pkce.verifier)
    const accessToken = stringField(tokens.body, 'access_token')
    await expect(server.digid.resolveAccessToken(accessToken)).resolves.toMatchObject({ bsn: '999990019' })

    const revocation = await fetch(`${server.issuer}/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, token: accessToken, token_type_hint: 'access_token' }).toString(),
    })
    expect(revocation.status).toBe(200)
    await expect(server.digid.resolveAccessToken(accessToken)).resolves.toBeNull()
  })

  it('shows an error summary for a BSN that fails the elfproef and keeps what was typed', async () => {
    const browser = new Browser()
    const page = await openLoginPage(server, browser)
    const { response, callback } = await submit(server, browser, `${page.url}/inloggen`, { bsn: '123456789', niveau: 'midden' })
    expect(callback).toBeUndefined()
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toMatch(/<div class="error-summary" role="alert"[^>]*>\s*<h2[^>]*>Er ging iets mis<\/h2>/)
    expect(html).toContain('<a href="#bsn">Dit is geen geldig burgerservicenummer.')
    expect(html).toMatch(/<input[^>]*id="bsn"[^>]*value="123456789"[^>]*aria-describedby="bsn-hint bsn-fout"[^>]*aria-invalid="true"/)
    expect(html).toContain('id="bsn-fout"')
  })

  it('escapes what was typed when showing it again', async () => {
    const browser = new Browser()
    const page = await openLoginPage(server, browser)
    const { response } = await submit(server, browser, `${page.url}/inloggen`, { bsn: '"><script>alert(1)</script>', niveau: 'midden' })
    const html = await response.text()
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
  })

  it('lets Pieter log in on behalf of his mother Anna', async () => {
    const browser = new Browser()
    const page = await openLoginPage(server, browser)
    const step = await submit(server, browser, `${page.url}/inloggen`, { persoon: '999990020', niveau: 'substantieel' })
    expect(step.callback).toBeUndefined()
    const html = await step.response.text()
    expect(html).toContain('<h1>Voor wie wilt u inloggen?</h1>')
    expect(html).toContain('Voor mijzelf')
    expect(html).toMatch(/<input[^>]*value="999990032"[^>]*>\s*<label[^>]*>Namens Anna de Vries-Bakker/)

    const { callback } = await submit(server, browser, step.url, { keuze: '999990032' })
    const tokens = await exchangeCode(server, callback?.get('code') ?? '', page.request.pkce.verifier)
    const idToken = await verifyIdToken(stringField(tokens.body, 'id_token'))
    expect(idToken).toMatchObject({
      sub: '999990020',
      represents: { sub: '999990032', sub_id_type: 'urn:nl-eid-gdi:1.0:id:BSN' },
    })
    const accessToken = stringField(tokens.body, 'access_token')
    await expect(server.digid.resolveAccessToken(accessToken)).resolves.toEqual({
      bsn: '999990020',
      acr: 'http://eidas.europa.eu/LoA/substantial',
      represents: { bsn: '999990032' },
    })

    const userinfo = await fetch(`${server.issuer}/me`, { headers: { authorization: `Bearer ${accessToken}` } })
    expect(await userinfo.json()).toEqual({
      sub: '999990020',
      sub_id_type: 'urn:nl-eid-gdi:1.0:id:BSN',
      acr: 'http://eidas.europa.eu/LoA/substantial',
      loa_digid: 'substantieel',
      represents: { sub: '999990032', sub_id_type: 'urn:nl-eid-gdi:1.0:id:BSN' },
    })
  })

  it('does not let Pieter act for someone he has no machtiging for', async () => {
    const browser = new Browser()
    const page = await openLoginPage(server, browser)
    const step = await submit(server, browser, `${page.url}/inloggen`, { persoon: '999990020', niveau: 'midden' })
    const { response, callback } = await submit(server, browser, step.url, { keuze: '999990019' })
    expect(callback).toBeUndefined()
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('<a href="#keuze-zelf">Kies voor wie u wilt inloggen.</a>')
  })

  it('opens a step-up login with the level the app asks for', async () => {
    const request = authorizationRequest(server, { acr_values: 'http://eidas.europa.eu/LoA/substantial', prompt: 'login' })
    const page = await openLoginPage(server, new Browser(), request)
    expect(page.html).toMatch(/<input[^>]*id="niveau-substantieel"[^>]*checked>/)
  })

  it('signs in again without the login page while the DigiD session lasts, keeping the choices', async () => {
    const { browser } = await logIn(server, { persoon: '999990019', niveau: 'hoog' })
    const request = authorizationRequest(server)
    const { url } = await browser.follow(await browser.get(request.url), server.redirectUri)
    const code = new URL(url).searchParams.get('code') ?? ''
    const tokens = await exchangeCode(server, code, request.pkce.verifier)
    expect(await verifyIdToken(stringField(tokens.body, 'id_token'))).toMatchObject({
      sub: '999990019',
      acr: 'http://eidas.europa.eu/LoA/high',
      loa_digid: 'hoog',
    })
  })

  it('sends the person back to the app with access_denied after Annuleren', async () => {
    const browser = new Browser()
    const page = await openLoginPage(server, browser)
    const { callback } = await submit(server, browser, `${page.url}/annuleren`, {})
    expect(callback?.get('error')).toBe('access_denied')
    expect(callback?.get('state')).toBe(page.request.state)
  })

  /** Logs in, then opens end_session as the app does: client_id and post_logout_redirect_uri, no id_token_hint. */
  async function openLogout(headers: Record<string, string>) {
    const { browser, code, request } = await logIn(server, { persoon: '999990019', niveau: 'midden' })
    const tokens = await exchangeCode(server, code, request.pkce.verifier)
    const logoutUrl = new URL(`${server.issuer}/session/end`)
    logoutUrl.searchParams.set('client_id', clientId)
    logoutUrl.searchParams.set('post_logout_redirect_uri', `${server.origin}/uitgelogd`)
    const confirm = await browser.get(logoutUrl.href, headers)
    const html = await confirm.text()
    return { browser, tokens, html, xsrf: /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '' }
  }

  it('logs our own app out through end_session without a second question, and then forgets the tokens', async () => {
    const { browser, tokens, html, xsrf } = await openLogout({ 'sec-fetch-site': 'same-origin' })
    expect(html).toContain('<h1>Uitloggen bij DigiD</h1>')
    expect(html).toContain('<script src="/mock-digid/assets/logout.js" defer></script>')

    const done = await browser.post(`${server.issuer}/session/end/confirm`, { xsrf, logout: 'yes' })
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe(`${server.origin}/uitgelogd`)
    await expect(server.digid.resolveAccessToken(stringField(tokens.body, 'access_token'))).resolves.toBeNull()
  })

  it('trusts a Referer from the app only from a browser without Fetch Metadata', async () => {
    const { html } = await openLogout({ referer: `${server.origin}/berichten` })
    expect(html).toContain('logout.js')
  })

  it.each<[string, (appOrigin: string) => Record<string, string>]>([
    ['a link on another website', () => ({ 'sec-fetch-site': 'cross-site', referer: 'https://kwaadwillend.example/pagina' })],
    // The browser's own word wins: a Referer must not turn "cross-site" into the app.
    ['a cross-site request with the app as Referer', (appOrigin) => ({ 'sec-fetch-site': 'cross-site', referer: `${appOrigin}/berichten` })],
    ['a same-site page on another port', () => ({ 'sec-fetch-site': 'same-site' })],
    ['a request that does not say where it came from', () => ({})],
  ])('asks first and never logs out by itself for %s', async (_name, headersFor) => {
    const headers = headersFor(server.origin)
    const { browser, tokens, html, xsrf } = await openLogout(headers)
    expect(html).toContain('Wilt u uitloggen bij DigiD?')
    expect(html).toMatch(/<button type="submit"[^>]*form="op.logoutForm"[^>]*>Uitloggen<\/button>/)
    expect(html).not.toContain('<script')
    await expect(server.digid.resolveAccessToken(stringField(tokens.body, 'access_token'))).resolves.toMatchObject({ bsn: '999990019' })
    // The button still works.
    const done = await browser.post(`${server.issuer}/session/end/confirm`, { xsrf, logout: 'yes' })
    expect(done.status).toBe(303)
  })

  it('serves its stylesheet and renders errors in Dutch without details from the server', async () => {
    const css = await fetch(`${server.issuer}/assets/digid.css`)
    expect(css.headers.get('content-type')).toContain('text/css')
    expect(css.headers.get('content-security-policy')).toContain("script-src 'self'")

    const error = await fetch(`${server.issuer}/interaction/bestaat-niet`)
    expect(error.status).toBe(400)
    const html = await error.text()
    expect(html).toContain('<h1>Er ging iets mis bij DigiD</h1>')
    expect(html).not.toMatch(/\bat .*\.(js|ts):\d+/)
  })
})
