import { createTestKey, signTestProof } from '../mocks/handlers/test-dpop'
import { onderwerpen, openBerichten } from './support/berichten'
import { keyInPage, tokensInPage } from './support/dpop'
import { expect, expectNoAxeViolations, login, loginOnDigid, PERSONS, test } from './support/fixtures'

/** Someone who copied the tokens out of the page (an injected script) and tries them from elsewhere: here, Node. */
const attacker = createTestKey()

test.describe('DPoP: een gestolen token werkt nergens anders', () => {
  test('a token copied out of the page is refused from Node, while the app, renewal included, keeps working', async ({ page, request, mock: _ }) => {
    // Our own clock: the access token lasts 5 minutes, so the app must renew it; the page's clock then runs
    // minutes ahead of the server's, and the API's and DigiD's DPoP nonces make up for that.
    await page.clock.install()
    await login(page)
    const stolen = await tokensInPage(page)
    const url = new URL('/api/berichten', page.url()).href

    const asBearer = await request.get('/api/berichten', { headers: { Authorization: `Bearer ${stolen.accessToken}` } })
    expect(asBearer.status()).toBe(401)
    expect(asBearer.headers()['www-authenticate']).toMatch(/^DPoP /)
    expect(asBearer.headers()['content-type']).toContain('application/problem+json')
    const withoutProof = await request.get('/api/berichten', { headers: { Authorization: `DPoP ${stolen.accessToken}` } })
    expect(withoutProof.status()).toBe(401)
    const ownKey = signTestProof({ method: 'GET', url, accessToken: stolen.accessToken }, attacker)
    const withOwnKey = await request.get('/api/berichten', { headers: { Authorization: `DPoP ${stolen.accessToken}`, DPoP: ownKey } })
    expect(withOwnKey.status()).toBe(401)
    expect(withOwnKey.headers()['www-authenticate']).toContain('invalid_dpop_proof')

    // The refresh token is bound to the page's key as well: DigiD gives the thief no new tokens.
    const discovery = (await (await request.get('/mock-digid/.well-known/openid-configuration')).json()) as { token_endpoint: string }
    const refresh = { grant_type: 'refresh_token', refresh_token: stolen.refreshToken, client_id: 'mijn-overheid' }
    expect((await request.post(discovery.token_endpoint, { form: refresh })).status()).toBe(400)
    const tokenProof = signTestProof({ method: 'POST', url: discovery.token_endpoint, accessToken: '' }, attacker, { payload: { ath: undefined } })
    const refreshed = await request.post(discovery.token_endpoint, { form: refresh, headers: { DPoP: tokenProof } })
    expect(refreshed.status()).toBe(400)
    expect(((await refreshed.json()) as { error: string }).error).toBe('invalid_grant')

    // The app itself: its key stays in the browser, never exportable; after 5 minutes it renews and goes on.
    const key = await keyInPage(page)
    expect(key?.extractable).toBe(false)
    await page.clock.fastForward('05:10')
    await openBerichten(page)
    await expect.poll(async () => (await tokensInPage(page)).accessToken).not.toBe(stolen.accessToken)
    // A reload reads the letters again, with the new tokens and the same key.
    await page.reload()
    await expect(onderwerpen(page).first()).toBeVisible()
  })

  test('every login makes a new key pair, and logout deletes it', async ({ page, mock: _ }) => {
    await login(page)
    const first = await keyInPage(page)
    expect(first).not.toBeNull()
    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
    await expect.poll(() => keyInPage(page)).toBeNull()

    await login(page)
    const second = await keyInPage(page)
    expect(second?.x).toBeTruthy()
    expect(second?.x).not.toBe(first?.x)
  })

  test('without IndexedDB the key lives in this tab; a reload asks to log in again and says why', async ({ page, mock: _ }) => {
    // As in a private window that refuses IndexedDB: every open fails.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('IndexedDB is niet beschikbaar', 'InvalidStateError')
      }
    })
    await login(page)
    await expect(page.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
    await openBerichten(page)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
    await expect(page.getByText('omdat uw browser de beveiligingssleutel van uw inlog niet kon bewaren')).toBeVisible()
    await expectNoAxeViolations(page)
    // Logging in again brings her back to where she was.
    await page.getByRole('link', { name: 'Opnieuw inloggen' }).click()
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await loginOnDigid(page, PERSONS.fatima.name)
    await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible()
    await expect(onderwerpen(page).first()).toBeVisible()
  })
})
