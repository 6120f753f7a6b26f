import type { Browser, Page } from '@playwright/test'
import { openBerichten } from './support/berichten'
import { expect, expectNoAxeViolations, login, loginOnDigid, test } from './support/fixtures'
import { loginNamens, namensBanner } from './support/namens'

const ANNA = 'Anna de Vries-Bakker'
const PIETER = 'Pieter de Vries'
const hoofdmenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })

/** A second person in their own browser (own cookies, storage and DigiD session), on the same mock backend. */
async function tweedeBrowser(browser: Browser, baseURL: string | undefined, viewport: { width: number; height: number } | null) {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...(viewport ? { viewport } : {}) })
  return { context, page: await context.newPage() }
}

async function openMachtigingen(page: Page): Promise<void> {
  await hoofdmenu(page).getByRole('link', { name: 'Machtigingen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Machtigingen' })).toBeVisible()
}

test.describe('Machtigingen', () => {
  test('Pieter acting for Anna sees in every page for whom, and only what the machtiging covers', async ({ page, mock: _ }) => {
    await loginNamens(page, PIETER, ANNA)
    const banner = namensBanner(page)
    await expect(banner).toContainText(`U regelt zaken voor ${ANNA}`)
    await expect(banner).toContainText('Berichtenbox: post van SVB en Belastingdienst')
    await expect(banner).toContainText('Lopende zaken: bij Gemeente Amersfoort')
    await expect(banner).toContainText(/Geldig tot en met \d{1,2} \w+ \d{4}/)
    await expect(page.getByRole('status').filter({ hasText: `U regelt zaken voor ${ANNA}` })).toHaveCount(1)
    // No Gegevens (no BRP data), no Machtigingen (managing them is hers).
    await expect(hoofdmenu(page).getByRole('link')).toHaveText(['Overzicht', /^Berichten/, 'Zaken'])
    await expectNoAxeViolations(page)

    await openBerichten(page)
    await expect(banner).toBeVisible()
    const afzenders = await page.getByRole('main').getByRole('list').first().innerText()
    expect(afzenders).not.toMatch(/Gemeente Amersfoort|Gemeente Utrecht|UWV|DUO|CJIB/)
    await expect(page.getByRole('link', { name: /Instellingen/ })).toHaveCount(0)
    await expectNoAxeViolations(page)

    // Typed by hand: her BRP data stays out of reach, with the reason and the way back.
    await page.goto('/gegevens')
    await expect(page.getByRole('heading', { level: 1, name: 'Dit valt buiten uw machtiging' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Terug naar uw eigen zaken' })).toBeVisible()
    await expect(page.getByRole('main')).not.toContainText('Zonnehof')
    await expectNoAxeViolations(page)
  })

  test('what Pieter does for Anna is in her "Namens u gedaan" and her usage log', async ({ page, browser, baseURL, viewport, mock: _ }) => {
    // Two people, each logging in with DigiD, with axe scans along the way: more than one journey's time.
    test.slow()
    await loginNamens(page, PIETER, ANNA)
    await openBerichten(page)
    const eerste = page.getByRole('main').getByRole('heading', { level: 3 }).first()
    const onderwerp = (await eerste.innerText()).trim()
    await eerste.getByRole('link').click()
    await page.getByRole('button', { name: 'Archiveren' }).click()
    await expect(page.getByRole('status').filter({ hasText: /archief/i }).first()).toBeVisible()

    const anna = await tweedeBrowser(browser, baseURL, viewport)
    await login(anna.page, ANNA)
    await openMachtigingen(anna.page)
    await anna.page.getByRole('link', { name: 'Namens u gedaan' }).click()
    await expect(anna.page.getByRole('heading', { level: 1, name: 'Namens u gedaan' })).toBeVisible()
    const lijst = anna.page.getByRole('main')
    await expect(lijst).toContainText('Bericht verplaatst naar het archief')
    await expect(lijst).toContainText(onderwerp)
    await expect(lijst).toContainText(PIETER)
    await expectNoAxeViolations(anna.page)
    await anna.context.close()
  })

  test('Anna revokes while Pieter is active: his next action is refused, the banner says so, he goes back to his own', async ({ page, browser, baseURL, viewport, mock: _ }) => {
    // Two people, each logging in with DigiD, with axe scans along the way: more than one journey's time.
    test.slow()
    await loginNamens(page, PIETER, ANNA)
    await openBerichten(page)

    const anna = await tweedeBrowser(browser, baseURL, viewport)
    await login(anna.page, ANNA)
    await openMachtigingen(anna.page)
    const item = anna.page.getByRole('listitem').filter({ hasText: PIETER }).filter({ hasText: 'Actief' })
    await item.getByRole('button', { name: /intrekken/i }).click()
    const dialoog = anna.page.getByRole('dialog')
    await expect(dialoog).toBeVisible()
    await expectNoAxeViolations(anna.page)
    await dialoog.getByRole('button', { name: 'Ja, intrekken' }).click()
    await expect(anna.page.getByRole('listitem').filter({ hasText: PIETER }).filter({ hasText: 'Ingetrokken' }).first()).toBeVisible()
    await anna.context.close()

    await page.getByRole('main').getByRole('heading', { level: 3 }).first().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1, name: 'Uw machtiging is ingetrokken' })).toBeVisible()
    await expect(namensBanner(page)).toContainText(`Uw machtiging voor ${ANNA} is ingetrokken`)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Terug naar uw eigen zaken' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
    await expect(namensBanner(page)).toHaveCount(0)
    await expect(page.getByText(`Ingelogd als ${PIETER}`)).toBeVisible()
  })

  test('Ruud switches clients: nothing of the previous client stays on screen or on the device', async ({ page, mock: _ }) => {
    await loginNamens(page, 'Ruud Smit', 'Henk Jansen')
    await expect(namensBanner(page)).toContainText('U regelt zaken voor Henk Jansen (beschermingsbewind)')
    await openBerichten(page)
    const henksOnderwerp = (await page.getByRole('main').getByRole('heading', { level: 3 }).first().innerText()).trim()

    await namensBanner(page).getByRole('link', { name: 'Iemand anders kiezen' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Voor wie regelt u zaken?' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: /Zaken regelen voor Sanne Mulder/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
    await expect(namensBanner(page)).toContainText('U regelt zaken voor Sanne Mulder')
    await expect(page.locator('body')).not.toContainText('Henk Jansen')
    await openBerichten(page)
    await expect(page.getByRole('main')).not.toContainText(henksOnderwerp)
    await expect(page.locator('body')).not.toContainText('Henk Jansen')

    const opApparaat = await page.evaluate(async () => {
      const opslag = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage })
      const caches_ = await Promise.all((await caches.keys()).filter((naam) => !naam.startsWith('workbox-precache')).map(async (naam) => (await caches.open(naam)).keys()))
      return { opslag, caches: caches_.flat().map((request) => request.url) }
    })
    expect(opApparaat.opslag).not.toContain('Henk')
    expect(opApparaat.opslag).not.toContain('999990081')
    expect(opApparaat.caches.filter((url) => url.includes('/api/'))).toEqual([])
  })

  test('Anna grants a machtiging: errors in the summary, a step-up that keeps everything, then it waits for acceptance', async ({ page, browser, baseURL, viewport, mock: _ }) => {
    // Two people, each logging in with DigiD, with axe scans along the way: more than one journey's time.
    test.slow()
    await login(page, ANNA)
    await openMachtigingen(page)
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Iemand machtigen' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Iemand machtigen' })).toBeVisible()

    const bsn = page.getByRole('textbox', { name: /Burgerservicenummer/ })
    const volgende = page.getByRole('button', { name: 'Volgende' })
    // The error summary takes focus, so a screen reader reads it; its links lead to the fields.
    const samenvatting = page.locator(':focus')
    await bsn.fill('123456789')
    await volgende.click()
    await expect(samenvatting).toContainText('Er is iets niet goed ingevuld')
    await expect(page.getByRole('link', { name: /geen geldig burgerservicenummer/ })).toBeVisible()
    await expectNoAxeViolations(page)
    await bsn.fill('999990032')
    await volgende.click()
    await expect(page.getByRole('link', { name: /uzelf/ })).toBeVisible()
    await bsn.fill('999990044')
    await volgende.click()

    await expect(page.getByRole('heading', { name: 'Waarvoor?' })).toBeVisible()
    await volgende.click()
    await expect(samenvatting).toContainText('Er is iets niet goed ingevuld')
    await expectNoAxeViolations(page)
    await page.getByRole('checkbox', { name: /Berichtenbox/ }).check()
    await page.getByRole('group', { name: /Berichtenbox: post van welke organisaties/ }).getByRole('radio', { name: 'Alle organisaties' }).check()
    await volgende.click()

    await expect(page.getByRole('heading', { name: 'Tot wanneer?' })).toBeVisible()
    await page.getByRole('textbox', { name: 'Dag' }).fill('1')
    await page.getByRole('textbox', { name: 'Maand' }).fill('1')
    await page.getByRole('textbox', { name: 'Jaar' }).fill('2020')
    await volgende.click()
    await expect(page.getByRole('link', { name: /voorbij/ })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('textbox', { name: 'Jaar' }).fill(String(new Date().getFullYear() + 1))
    await volgende.click()

    await expect(page.getByRole('heading', { name: 'Controleren' })).toBeVisible()
    await expect(page.getByRole('main')).toContainText('9999 90 044')
    // Midden is not enough to grant: log in again with Substantieel, back to this step with everything kept.
    await page.getByRole('button', { name: /Inloggen met DigiD Substantieel/ }).click()
    await loginOnDigid(page, ANNA, 'Substantieel')
    await expect(page.getByRole('heading', { name: 'Controleren' })).toBeVisible()
    await expect(page.getByRole('main')).toContainText('9999 90 044')
    await expect(page.getByRole('main')).toContainText('Berichtenbox')
    await page.getByRole('button', { name: 'Machtiging geven' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Machtigingen' })).toBeVisible()
    // Until Kees accepts, Anna sees his BSN, not his name: granting is no way to look up whose number it is.
    await expect(page.getByRole('status').filter({ hasText: 'burgerservicenummer 999990044' })).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: 'burgerservicenummer 999990044' })).toContainText('Wacht op acceptatie')

    // Kees accepts at his next login; only then DigiD offers to act for Anna.
    const kees = await tweedeBrowser(browser, baseURL, viewport)
    await login(kees.page, 'Kees Bakker')
    await openMachtigingen(kees.page)
    await kees.page.getByRole('listitem').filter({ hasText: ANNA }).getByRole('button', { name: /accepteren/i }).click()
    await expect(kees.page.getByRole('listitem').filter({ hasText: ANNA }).filter({ hasText: 'Actief' })).toBeVisible()
    await kees.page.getByRole('listitem').filter({ hasText: ANNA }).getByRole('button', { name: `Zaken regelen voor ${ANNA}` }).click()
    await expect(namensBanner(kees.page)).toContainText(`U regelt zaken voor ${ANNA}`)
    await kees.context.close()
  })
})
