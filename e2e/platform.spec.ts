import { expect, expectNoAxeViolations, login, PERSONS, test } from './support/fixtures'
import { berichtenLijst, onderwerpen, openBerichten, wachtOpLijst } from './support/berichten'

const hoofdmenu = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })

test.describe('Wat een schermlezer hoort in de Berichtenbox', () => {
  test.beforeEach(async ({ page, mock: _ }) => {
    await login(page)
    await openBerichten(page)
  })

  test('after a search: focus on the results heading, the number found said once, and a title that names it', async ({ page }) => {
    await page.getByRole('searchbox', { name: 'Zoeken in berichten' }).fill('aanslag')
    await page.keyboard.press('Enter')
    const kop = page.getByRole('heading', { level: 2, name: 'Resultaten voor "aanslag"' })
    await expect(kop).toBeFocused()
    await wachtOpLijst(page)
    const aantal = await onderwerpen(page).count()
    expect(aantal).toBeGreaterThan(1)
    await expect(page.getByRole('status').filter({ hasText: `${aantal} berichten gevonden voor "aanslag"` })).toBeAttached()
    await expect(page).toHaveTitle('Zoeken: "aanslag" - Postvak IN - Berichten - Mijn Overheid')
    // No second voice: the route announcer stays silent for a search.
    await expect(page.getByText(/Pagina geladen/)).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('a search that is too short is said out loud, and focus stays in the field', async ({ page }) => {
    const zoekveld = page.getByRole('searchbox', { name: 'Zoeken in berichten' })
    await zoekveld.fill('a')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: 'Typ minstens 2 tekens om te zoeken.' })).toBeAttached()
    await expect(zoekveld).toBeFocused()
  })

  test('another folder: focus on its heading and its count, not the page top', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Mappen' }).getByRole('link', { name: /^Archief/ }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Archief' })).toBeFocused()
    await wachtOpLijst(page)
    await expect(page.getByRole('status').filter({ hasText: /^\d+ berichten? in Archief$|^Archief is leeg$/ })).toBeAttached()
    await expect(page).toHaveTitle('Archief - Berichten - Mijn Overheid')
  })

  test('"Berichten" stays marked in the menu on a letter and on the settings, and titles hold no subject', async ({ page }) => {
    const onderwerp = (await onderwerpen(page).first().textContent())?.trim() ?? ''
    expect(onderwerp.length).toBeGreaterThan(5)
    await onderwerpen(page).first().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1, name: onderwerp })).toBeFocused()
    await expect(hoofdmenu(page).getByRole('link', { name: /^Berichten/ })).toHaveAttribute('aria-current', 'page')
    await expect(page).toHaveTitle('Bericht - Mijn Overheid')
    await page.goto('/berichten/instellingen')
    await expect(hoofdmenu(page).getByRole('link', { name: /^Berichten/ })).toHaveAttribute('aria-current', 'page')
    await expect(hoofdmenu(page).getByRole('link', { name: 'Overzicht' })).not.toHaveAttribute('aria-current', 'page')
  })
})

test('paging through 10,000 letters: a total, and an honest answer for a page that does not exist', async ({ page, mock: _ }) => {
  await login(page, 'Kees Bakker')
  await openBerichten(page)
  const paginering = page.getByRole('navigation', { name: 'Paginering' })
  await expect(paginering).toContainText(/Pagina 1 van \d{3}/)
  await paginering.getByRole('link', { name: /Volgende/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Postvak IN' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: /berichten in Postvak IN, pagina 2 van \d{3}/ })).toBeAttached()
  await expect(page).toHaveTitle(/^Postvak IN - pagina 2 van \d{3} - Berichten - Mijn Overheid$/)
  await expect(paginering.getByRole('link', { name: /Vorige/ })).not.toHaveAttribute('aria-current')
  await page.goto('/berichten?pagina=9999')
  await wachtOpLijst(page)
  await expect(page.getByText(/Deze pagina bestaat niet/)).toBeVisible()
  await expectNoAxeViolations(page)
})

test('login sends a nonce; logout ends DigiD with our client_id, never the ID token', async ({ page, mock: _ }) => {
  const naarDigid: URL[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/mock-digid/')) naarDigid.push(url)
  })
  await login(page)
  const authorize = naarDigid.find((url) => url.searchParams.has('code_challenge'))
  expect(authorize?.searchParams.get('nonce')).toMatch(/^[0-9a-f-]{36}$/)
  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
  const uitloggen = naarDigid.find((url) => url.searchParams.has('post_logout_redirect_uri'))
  expect(uitloggen?.searchParams.get('client_id')).toBe('mijn-overheid')
  expect(uitloggen?.searchParams.has('id_token_hint')).toBe(false)
})

test('a token the API keeps refusing ends the session everywhere: DigiD too, and the other tabs', async ({ page, context, mock }) => {
  await login(page)
  const other = await context.newPage()
  await other.goto('/')
  await other.getByRole('button', { name: 'Inloggen met DigiD' }).click()
  await expect(other.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
  // The other tab's own first requests (its name from the BRP) are done: the refusals below are for this tab.
  await expect(other.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
  const digidLogout = page.waitForRequest((request) => new URL(request.url()).searchParams.has('post_logout_redirect_uri'))
  const revoked = page.waitForRequest((request) => new URL(request.url()).pathname === '/mock-digid/token/revocation')

  await mock.fault({ path: '/api/brp/personen', status: 401, times: 10 })
  await page.reload()
  await Promise.all([revoked, digidLogout])
  await expect(page).toHaveURL(/\/inloggen\?reden=sessie-verlopen&terug=(%2F|\/)$/)
  await expect(other.getByText('U bent uitgelogd in een ander venster of tabblad.')).toBeVisible()
})

test('/uitgelogd opened while logged in logs out for real', async ({ page, mock: _ }) => {
  await login(page)
  const digidLogout = page.waitForRequest((request) => new URL(request.url()).searchParams.has('post_logout_redirect_uri'))
  await page.goto('/uitgelogd')
  // The page shows at once; the real logout (revoke, wipe, DigiD) runs behind it and comes back here.
  await digidLogout
  await page.waitForURL(/\/uitgelogd$/)
  await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
  await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage).length)).toBe(0)
  await page.goto('/')
  await expect(page).toHaveURL(/\/inloggen/)
  await expect(page.getByText(PERSONS.fatima.name)).toHaveCount(0)
})

test('one clock: when the mock clock moves on, the app counts days by it, not by the device', async ({ page, mock: _, request }) => {
  await login(page)
  const lijst = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/berichten' && response.ok())
  await page.goto('/berichten')
  const { berichten } = (await (await lijst).json()) as { berichten: { onderwerp: string; bewaartermijn: string }[] }
  const { now } = (await (await request.get('/__mock/clock')).json()) as { now: string }
  const dagenOver = (datum: string) => (Date.parse(`${datum}T00:00:00Z`) - Date.parse(now)) / 86_400_000
  // A letter that is not yet near its end: no warning today.
  const later = berichten.find((bericht) => dagenOver(bericht.bewaartermijn) > 45)
  expect(later, 'een bericht met meer dan 45 dagen bewaartijd').toBeDefined()
  if (!later) return
  const rij = berichtenLijst(page).getByRole('listitem').filter({ hasText: later.onderwerp }).first()
  await expect(rij).not.toContainText('Wordt bewaard tot')

  // Twenty days before its end by the mock clock; the device clock stays where it is.
  const nieuw = new Date(Date.parse(`${later.bewaartermijn}T12:00:00Z`) - 20 * 86_400_000).toISOString()
  expect((await request.post('/__mock/clock', { data: { now: nieuw } })).status()).toBe(204)
  await page.reload()
  await wachtOpLijst(page)
  await expect(rij).toContainText('Wordt bewaard tot')
})

test('step-up: logged in with Midden, changing the e-mail asks for Substantieel and comes back to the settings', async ({ page, mock: _ }) => {
  await login(page)
  await page.goto('/berichten/instellingen')
  await expect(page.getByText('Hiervoor moet u inloggen met DigiD Substantieel.')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Inloggen met DigiD Substantieel' }).click()
  await expect(page).toHaveTitle(/Inloggen met DigiD/)
  // DigiD opens with the level the app asked for.
  await expect(page.getByRole('radio', { name: /^Substantieel/ })).toBeChecked()
  await page.getByRole('radio', { name: new RegExp(`^${PERSONS.fatima.name}`) }).check()
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  await expect(page).toHaveURL(/\/berichten\/instellingen$/)
  await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toBeVisible()
  await expect(page.getByText(PERSONS.fatima.name).first()).toBeVisible()
})
