// @vitest-environment node
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { dpopHeaders, TEST_JKT } from '../handlers/test-dpop'
import { backend } from '../state/backend'
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
    // Bound to the key whose proof went to the token endpoint (test-flow.ts).
    await expect(server.digid.resolveAccessToken(accessToken)).resolves.toEqual({
      bsn: '999990019',
      acr: 'http://eidas.europa.eu/LoA/substantial',
      jkt: TEST_JKT,
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
      jkt: TEST_JKT,
    })

    // A DPoP-bound token: `Authorization: DPoP` with a proof for this token (ath).
    const me = `${server.issuer}/me`
    const userinfo = await fetch(me, { headers: await dpopHeaders('GET', me, accessToken) })
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

describe('mock DigiD: acting for someone, from the backend’s machtigingen', () => {
  const PIETER = '999990020'
  const ANNA = '999990032'
  const FATIMA = '999990019'
  const ANNA_AAN_PIETER = '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8a01'

  afterEach(() => backend.reset())

  /** A machtiging of Fatima's for Pieter, accepted or not yet. */
  function vanFatima(geaccepteerd: boolean) {
    const geldigTot = new Date(backend.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10)
    const nieuw = backend.machtigingen.geef(FATIMA, { gemachtigde: { burgerservicenummer: PIETER }, diensten: [{ dienst: 'berichten' }], geldigTot })
    if (geaccepteerd) backend.machtigingen.wijzig(PIETER, nieuw.id, 'actief')
    return nieuw
  }

  /** Logs in with the form and, when DigiD asks "Voor wie wilt u inloggen?", answers `keuze`. */
  async function inloggen(persoon: string, keuze: string, browser = new Browser(), niveau = 'substantieel') {
    const page = await openLoginPage(server, browser)
    const stap = await submit(server, browser, `${page.url}/inloggen`, { persoon, niveau })
    const voorWie = stap.callback ? undefined : await stap.response.text()
    const klaar = stap.callback ? stap : await submit(server, browser, stap.url, { keuze })
    const tokens = await exchangeCode(server, klaar.callback?.get('code') ?? '', page.request.pkce.verifier)
    return { browser, voorWie, tokens, idToken: await verifyIdToken(stringField(tokens.body, 'id_token')) }
  }

  /** An authorization request inside the browser's DigiD session, as the app's switcher makes it. */
  async function wissel(browser: Browser, represents: string) {
    const request = authorizationRequest(server, { represents })
    const { response, url } = await browser.follow(await browser.get(request.url), server.redirectUri)
    return { request, response, url, code: url.startsWith(server.redirectUri) ? new URL(url).searchParams.get('code') : null }
  }

  const keuzesOp = (html: string) => [...html.matchAll(/<input[^>]*name="keuze" value="(\d{9})"/g)].map((treffer) => treffer[1])

  it('lists on "Voor wie wilt u inloggen?" the active, accepted machtigingen and bewind, by name', async () => {
    const browser = new Browser()
    const page = await openLoginPage(server, browser)
    const ruud = await (await submit(server, browser, `${page.url}/inloggen`, { persoon: '999990068', niveau: 'midden' })).response.text()
    expect(ruud).toContain('<h1>Voor wie wilt u inloggen?</h1>')
    expect(keuzesOp(ruud)).toEqual(['999990081', '999990111', '999990093'])
    expect(ruud).toMatch(/Namens Henk Jansen[\s\S]*Namens Mohammed Yilmaz[\s\S]*Namens Sanne Mulder/)
  })

  it('no longer offers Anna once she revoked, and offers a new machtiging only once Pieter accepted it', async () => {
    expect(keuzesOp((await inloggen(PIETER, 'zelf')).voorWie ?? '')).toEqual([ANNA])

    const nieuw = vanFatima(false)
    expect(keuzesOp((await inloggen(PIETER, 'zelf')).voorWie ?? '')).toEqual([ANNA])
    backend.machtigingen.wijzig(PIETER, nieuw.id, 'actief')
    const beide = (await inloggen(PIETER, 'zelf')).voorWie ?? ''
    expect(keuzesOp(beide)).toEqual([ANNA, FATIMA])
    expect(beide).toContain('Namens Fatima El Amrani')

    backend.machtigingen.wijzig(ANNA, ANNA_AAN_PIETER, 'ingetrokken')
    expect(keuzesOp((await inloggen(PIETER, 'zelf')).voorWie ?? '')).toEqual([FATIMA])
    backend.machtigingen.wijzig(FATIMA, nieuw.id, 'ingetrokken')
    // Nobody left: Pieter logs in for himself straight away.
    const alleen = await inloggen(PIETER, 'zelf')
    expect(alleen.voorWie).toBeUndefined()
    expect(alleen.idToken).toMatchObject({ sub: PIETER })
    expect(alleen.idToken).not.toHaveProperty('represents')
  })

  it('asks the backend again when the choice is sent: revoked while the page was open no longer counts', async () => {
    const nieuw = vanFatima(true)
    const browser = new Browser()
    const page = await openLoginPage(server, browser)
    const stap = await submit(server, browser, `${page.url}/inloggen`, { persoon: PIETER, niveau: 'midden' })
    expect(keuzesOp(await stap.response.text())).toEqual([ANNA, FATIMA])
    backend.machtigingen.wijzig(ANNA, ANNA_AAN_PIETER, 'ingetrokken')

    const { response, callback } = await submit(server, browser, stap.url, { keuze: ANNA })
    expect(callback).toBeUndefined()
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('Kies voor wie u wilt inloggen.')
    expect(keuzesOp(html)).toEqual([FATIMA])

    // The last one gone too: still no login for Anna (DigiD starts over).
    backend.machtigingen.wijzig(FATIMA, nieuw.id, 'ingetrokken')
    expect((await submit(server, browser, stap.url, { keuze: ANNA })).callback).toBeUndefined()
  })

  it('switches to Anna inside the DigiD session with represents=<bsn>: no login page, same level and login time', async () => {
    const { browser, idToken: eigen } = await inloggen(PIETER, 'zelf')
    expect(eigen).not.toHaveProperty('represents')

    const { code, request } = await wissel(browser, ANNA)
    expect(code).toBeTruthy()
    const tokens = await exchangeCode(server, code ?? '', request.pkce.verifier)
    const idToken = await verifyIdToken(stringField(tokens.body, 'id_token'))
    expect(idToken).toMatchObject({ sub: PIETER, acr: 'http://eidas.europa.eu/LoA/substantial', represents: { sub: ANNA, sub_id_type: 'urn:nl-eid-gdi:1.0:id:BSN' } })
    expect(idToken.auth_time).toBe(eigen.auth_time)
    const accessToken = stringField(tokens.body, 'access_token')
    await expect(server.digid.resolveAccessToken(accessToken)).resolves.toEqual({ bsn: PIETER, acr: 'http://eidas.europa.eu/LoA/substantial', represents: { bsn: ANNA }, jkt: TEST_JKT })
    const me = `${server.issuer}/me`
    const userinfo = await (await fetch(me, { headers: await dpopHeaders('GET', me, accessToken) })).json()
    expect(userinfo).toMatchObject({ sub: PIETER, represents: { sub: ANNA } })
  })

  it('switches back with represents=zelf: a token without represents', async () => {
    const { browser } = await inloggen(PIETER, ANNA)
    const { code, request } = await wissel(browser, 'zelf')
    const tokens = await exchangeCode(server, code ?? '', request.pkce.verifier)
    const idToken = await verifyIdToken(stringField(tokens.body, 'id_token'))
    expect(idToken).toMatchObject({ sub: PIETER })
    expect(idToken).not.toHaveProperty('represents')
    await expect(server.digid.resolveAccessToken(stringField(tokens.body, 'access_token'))).resolves.toEqual({ bsn: PIETER, acr: 'http://eidas.europa.eu/LoA/substantial', jkt: TEST_JKT })
  })

  it('shows the choice page for a BSN the person may not act for, with only whom he may', async () => {
    const { browser } = await inloggen(PIETER, 'zelf')
    const { response, url, code, request } = await wissel(browser, FATIMA)
    expect(code).toBeNull()
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<h1>Voor wie wilt u inloggen?</h1>')
    expect(keuzesOp(html)).toEqual([ANNA])
    expect(html).not.toMatch(/<input[^>]*checked/)

    const { callback } = await submit(server, browser, url, { keuze: ANNA })
    const tokens = await exchangeCode(server, callback?.get('code') ?? '', request.pkce.verifier)
    expect(await verifyIdToken(stringField(tokens.body, 'id_token'))).toMatchObject({ sub: PIETER, represents: { sub: ANNA } })
  })

  it('asks to log in first without a DigiD session, then offers the BSN the app asked for, chosen already', async () => {
    const browser = new Browser()
    const page = await openLoginPage(server, browser, authorizationRequest(server, { represents: ANNA }))
    expect(page.html).toContain('<title>Inloggen met DigiD - mock</title>')
    const stap = await submit(server, browser, `${page.url}/inloggen`, { persoon: PIETER, niveau: 'midden' })
    expect(await stap.response.text()).toMatch(/<input[^>]*value="999990032" checked>/)
  })

  /** Follows at most `keer` redirects: a loop must fail the test, not hang it. */
  async function volgHoogstens(browser: Browser, url: string, keer: number) {
    let response = await browser.get(url)
    let waar = url
    for (let stap = 0; stap < keer && response.status >= 300 && response.status < 400; stap += 1) {
      waar = new URL(response.headers.get('location') ?? '', waar).href
      if (waar.startsWith(server.redirectUri)) return { response, url: waar }
      response = await browser.get(waar)
    }
    return { response, url: waar }
  }

  it('ends a switch to someone a person may no longer act for, instead of redirecting for ever', async () => {
    const { browser } = await inloggen(PIETER, 'zelf')
    backend.machtigingen.wijzig(ANNA, ANNA_AAN_PIETER, 'ingetrokken')
    const { response, url } = await volgHoogstens(browser, authorizationRequest(server, { represents: ANNA }).url, 10)
    expect(url.startsWith(server.redirectUri) || response.status === 200).toBe(true)
  })
})
