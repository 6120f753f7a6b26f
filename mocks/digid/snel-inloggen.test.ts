// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_JKT } from '../handlers/test-dpop'
import { Browser, authorizationRequest, exchangeCode, openLoginPage, startTestServer, stringField, type TestServer } from './test-flow'
import { createSnelInloggen } from './snel-inloggen'

let server: TestServer
let tijd = 0
const snelInloggen = createSnelInloggen(() => tijd)

beforeAll(async () => {
  server = await startTestServer({ snelInloggen })
})

afterAll(async () => {
  await server.close()
})

/** Who the tokens of a login that came back to the app belong to, as the API would resolve them. */
async function wieIsIngelogd({ request, callback }: Awaited<ReturnType<typeof start>>) {
  const tokens = await exchangeCode(server, callback?.get('code') ?? '', request.pkce.verifier)
  return server.digid.resolveAccessToken(stringField(tokens.body, 'access_token'))
}

/** Starts a login and returns where the browser ends: the app's callback with a code, or a DigiD page. */
async function start(browser = new Browser()) {
  const request = authorizationRequest(server)
  const { response, url } = await browser.follow(await browser.get(request.url), server.redirectUri)
  return { request, response, callback: url.startsWith(server.redirectUri) ? new URL(url).searchParams : undefined }
}

describe('mock DigiD: a login chosen beforehand (screens overview)', () => {
  it('logs Pieter in for Anna at Substantieel without the login page, once', async () => {
    snelInloggen.kies({ bsn: '999990020', level: 'substantieel', represents: '999990032' })
    await expect(wieIsIngelogd(await start())).resolves.toEqual({
      bsn: '999990020',
      acr: 'http://eidas.europa.eu/LoA/substantial',
      represents: { bsn: '999990032' },
      jkt: TEST_JKT,
    })

    // Used once: the next login shows the page with the test persons again.
    const page = await openLoginPage(server, new Browser())
    expect(page.html).toContain('Burgerservicenummer')
  })

  it('forgets a choice after a minute, and never lets someone act for a person who gave no machtiging', async () => {
    snelInloggen.kies({ bsn: '999990019', level: 'midden' })
    tijd += 61_000
    expect((await start()).callback).toBeUndefined()

    snelInloggen.kies({ bsn: '999990019', level: 'midden', represents: '999990032' })
    await expect(wieIsIngelogd(await start())).resolves.toEqual({
      bsn: '999990019',
      acr: 'http://eidas.europa.eu/LoA/low',
      jkt: TEST_JKT,
    })
  })
})

describe('mock DigiD: a login chosen beforehand never weakens a step-up', () => {
  it('shows the login page when the app asks for a higher level than the one chosen', async () => {
    snelInloggen.kies({ bsn: '999990019', level: 'midden' })
    const browser = new Browser()
    const request = authorizationRequest(server, { acr_values: 'http://eidas.europa.eu/LoA/substantial', prompt: 'login' })
    const { response, url } = await browser.follow(await browser.get(request.url), server.redirectUri)
    expect(url.startsWith(server.redirectUri)).toBe(false)
    expect(await response.text()).toContain('Burgerservicenummer')
  })
})
