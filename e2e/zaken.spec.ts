import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, login, PERSONS, test } from './support/fixtures'
import { tabTo } from './support/keyboard'

interface MockZaak {
  id: string
  omschrijving: string
  organisatie: string
  status: string
}

const zakenLijst = (page: Page) => page.getByRole('main').getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) })
const resultaat = (page: Page) => page.getByRole('heading', { level: 2, name: /zaak|zaken/ })

async function openZaken(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Lopende zaken' })).toBeVisible()
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
}

async function zakenVan(page: Page, bsn: string): Promise<MockZaak[]> {
  const response = await page.request.get(`/__mock/zaken?bsn=${bsn}`)
  expect(response.status()).toBe(200)
  return (await response.json()) as MockZaak[]
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `horizontaal scrollen op ${page.url()}`).toBeLessThanOrEqual(0)
}

test.describe('Lopende zaken', () => {
  test('by keyboard: the list over all organisations, a filter in the URL, and a zaak with its steps', async ({ page, mock: _ }) => {
    await login(page)
    await openZaken(page)
    await expect(zakenLijst(page).getByRole('heading', { level: 3 })).toContainText([/Parkeervergunning/])
    await expect(zakenLijst(page)).toContainText('Actie nodig')
    await expect(zakenLijst(page)).toContainText('Afgerond')
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)

    const organisatie = page.getByRole('combobox', { name: 'Organisatie' })
    await tabTo(page, organisatie)
    await organisatie.selectOption('UWV')
    await tabTo(page, page.getByRole('button', { name: 'Filter toepassen' }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/zaken\?organisatie=UWV$/)
    await expect(resultaat(page)).toBeFocused()
    await expect(resultaat(page)).toHaveText('1 zaak')
    await expectNoAxeViolations(page)

    await tabTo(page, page.getByRole('link', { name: 'WW-uitkering' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'WW-uitkering' })).toBeFocused()
    await expect(page).toHaveTitle(/^Zaak/)
    const nu = page.locator('[aria-current="step"]')
    await expect(nu).toContainText('Nu')
    await expect(page.getByRole('heading', { level: 2, name: 'Wie behandelt uw zaak?' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'U krijgt een WW-uitkering' })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)

    await page.goBack()
    await expect(page).toHaveURL(/organisatie=UWV/)
    await expect(resultaat(page)).toHaveText('1 zaak')
  })

  test('the bezwaar is past its expected end date, and the page says so', async ({ page, mock: _ }) => {
    await login(page)
    await openZaken(page)
    await zakenLijst(page).getByRole('link', { name: /^Bezwaar tegen aanslag/ }).click()
    await expect(page.getByText('De organisatie is later klaar dan verwacht.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('Noor: an empty state that says what will appear here', async ({ page, mock: _ }) => {
    await login(page, PERSONS.noor.name)
    await openZaken(page)
    await expect(page.getByRole('heading', { level: 2, name: 'U heeft nog geen zaken' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a zaak that does not exist says so, with a way back', async ({ page, mock: _ }) => {
    await login(page)
    await page.goto('/zaken/bestaat-niet')
    await expect(page.getByText('Deze zaak bestaat niet (meer)')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Terug naar uw zaken' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the overview card counts open zaken and tasks waiting', async ({ page, mock: _ }) => {
    await login(page)
    await expect(page.getByText(/^U heeft \d+ lopende zaken\.$/)).toBeVisible()
    await expect(page.getByText(/^Er wachten? \d+ taken? op u\.$/)).toBeVisible()
  })
})

test.describe('Live: a zaak moves on while the app is open', () => {
  test('it is said politely within seconds, focus stays, and an e-mail goes to the verified address', async ({ page, mock: _ }) => {
    // A verified notification address first (Berichtenbox settings, which need Substantieel).
    const adres = 'fatima.elamrani@voorbeeld.nl'
    await login(page, PERSONS.fatima.name, 'Substantieel')
    await page.goto('/berichten/instellingen')
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(adres)
    await page.getByRole('button', { name: 'Code versturen' }).click()
    const mails = (await (await page.request.get(`/__mock/mail?aan=${encodeURIComponent(adres)}`)).json()) as { tekst: string }[]
    const code = /\b(\d{6})\b/.exec(mails[0]?.tekst ?? '')?.[1] ?? ''
    await page.getByRole('textbox', { name: 'Verificatiecode' }).fill(code)
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await expect(page.getByText('Dit e-mailadres is nog niet bevestigd.')).toHaveCount(0)

    await openZaken(page)
    const parkeren = (await zakenVan(page, PERSONS.fatima.bsn)).find((zaak) => zaak.omschrijving.startsWith('Parkeervergunning'))
    if (!parkeren) throw new Error('Fatima heeft een parkeervergunning')
    await page.getByRole('link', { name: parkeren.omschrijving }).click()
    await expect(page.getByRole('heading', { level: 1, name: parkeren.omschrijving })).toBeFocused()
    const voor = await page.locator('[aria-current="step"]').textContent()

    expect((await page.request.post(`/__mock/zaken/${parkeren.id}/status`, { data: {} })).status()).toBe(201)
    const live = page.getByRole('status').filter({ hasText: /is bijgewerkt/ })
    await expect(live).toHaveText(new RegExp(`^Uw zaak ${parkeren.omschrijving} is bijgewerkt: .+\\.$`), { timeout: 6_000 })
    await expect(page.locator('[aria-current="step"]')).not.toHaveText(voor ?? '')
    await expect(page.getByRole('heading', { level: 1, name: parkeren.omschrijving })).toBeFocused()
    await expectNoAxeViolations(page)

    const naStatus = (await (await page.request.get(`/__mock/mail?aan=${encodeURIComponent(adres)}`)).json()) as { onderwerp: string }[]
    expect(naStatus[0]?.onderwerp).toBe('Er is nieuws over uw zaak')
  })

  test('the feed failing does not break the page, and it recovers by itself', async ({ page, mock }) => {
    test.slow()
    await login(page)
    await openZaken(page)
    await mock.fault({ path: '/api/zaken/_wijzigingen', status: 503, times: 1 })
    const [eerste] = (await zakenVan(page, PERSONS.fatima.bsn)).filter((zaak) => zaak.omschrijving.startsWith('Wijziging'))
    if (!eerste) throw new Error('Fatima heeft een wijziging studiefinanciering')
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect((await page.request.post(`/__mock/zaken/${eerste.id}/status`, { data: {} })).status()).toBe(201)
    // The failed poll backs off (8 s instead of 4) before the next gets through.
    await expect(page.getByRole('status').filter({ hasText: /is bijgewerkt/ })).toContainText(eerste.omschrijving, { timeout: 20_000 })
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})
