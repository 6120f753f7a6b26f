import type { ConsoleMessage, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, login, test, waitForServiceWorker } from './support/fixtures'

const PUBLIC_PAGES = [
  { path: '/inloggen', nl: 'Inloggen', en: 'Log in' },
  { path: '/uitgelogd', nl: 'U bent uitgelogd', en: 'You are logged out' },
  { path: '/toegankelijkheid', nl: 'Toegankelijkheidsverklaring', en: 'Accessibility statement' },
  { path: '/privacy', nl: 'Privacy', en: 'Privacy' },
  { path: '/contact', nl: 'Contact', en: 'Contact' },
] as const

/** Vue says so on the console when the page it took over differed from what it would draw; Chromium when the CSP refused something. */
function watchHydration(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    // A style or script the CSP refused is a failure too: the prerendered page carries its stylesheet inline.
    if (/hydrat|mismatch|Content Security Policy/i.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

async function chooseEnglish(page: Page): Promise<void> {
  await page.goto('/privacy')
  // The language button works once the app has taken the page over; before that only its links do.
  await expect(page.locator('#app')).toHaveAttribute('data-app', 'hydrated')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
}

test.describe('Public pages before any JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('show their text in Dutch, and in English for someone who chose it, with working links', async ({ page, context }) => {
    for (const { path, nl } of PUBLIC_PAGES) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: nl }), path).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    }
    await expect(page).toHaveTitle('Contact - Mijn Overheid')
    // A link is a link: it works while the JavaScript loads, or without it.
    await page.getByRole('link', { name: 'Privacy' }).click()
    await expect(page).toHaveURL(/\/privacy$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible()

    await context.addCookies([{ name: 'mo-taal', value: 'en', url: page.url() }])
    for (const { path, en } of PUBLIC_PAGES) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: en }), path).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    }
  })

  test('a private page shows the frame of a logged-in person, without a name or a count', async ({ page }) => {
    await page.goto('/berichten')
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible()
    await expect(page.getByRole('banner')).not.toContainText(/Ingelogd als/)
    await expect(page.locator('main [aria-busy="true"]')).toBeAttached()
  })

  test('the start page shows the overview with its cards, in the chosen language, without anything personal', async ({ page, context }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Lopende zaken' })).toBeVisible()
    await expect(page.getByText('Wat de overheid over u heeft vastgelegd', { exact: false })).toBeVisible()
    await expect(page.getByRole('main')).not.toContainText(/Welkom,|ongelezen|lopende zaken\./)
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page')

    await context.addCookies([{ name: 'mo-taal', value: 'en', url: page.url() }])
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  })
})

test.describe('Public pages with JavaScript', () => {
  test('are taken over as they are, in both languages, without a mismatch', async ({ page }) => {
    const problems = watchHydration(page)
    for (const locale of ['nl', 'en'] as const) {
      if (locale === 'en') await chooseEnglish(page)
      for (const entry of PUBLIC_PAGES) {
        await page.goto(entry.path)
        await expect(page.locator('#app'), `${entry.path} (${locale})`).toHaveAttribute('data-app', 'hydrated')
        await expect(page.getByRole('heading', { level: 1, name: entry[locale] })).toBeVisible()
        await expectNoAxeViolations(page)
      }
    }
    expect(problems).toEqual([])
    // Taken over, the page works: the language switch and the links are the app's own again.
    await page.getByRole('button', { name: 'Nederlands' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
  })

  test('their text is painted before the app JavaScript is even asked for', async ({ page }) => {
    await page.goto('/inloggen')
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'hydrated')
    const times = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      app: performance.getEntriesByType('resource').find((e) => /\/assets\/index-[^/]+\.js$/.test(e.name))?.startTime,
    }))
    expect(times.paint).toBeDefined()
    expect(times.app).toBeGreaterThan(times.paint ?? Infinity)
  })

  test('the start page, before its app runs, is the overview frame and passes axe', async ({ page }) => {
    // The first visit: no service worker yet, so the blocked app code is really not there.
    await page.route('**/assets/index-*.js', (route) => route.abort())
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: 'Uw zaken met de overheid' })).toBeVisible()
    await expect(page.locator('#app')).not.toHaveAttribute('data-app')
    await expectNoAxeViolations(page)
  })

  test('a button pressed before the app runs is pressed again once it does', async ({ page }) => {
    // A slow connection: the app's code arrives well after the page shows.
    await page.route('**/assets/index-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await page.goto('/inloggen')
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await expect(page.locator('#app')).not.toHaveAttribute('data-app')
    await expect(page).toHaveTitle(/Inloggen met DigiD/, { timeout: 10_000 })
  })

  test('a visit the page was not prerendered for is drawn anew, still without a mismatch', async ({ page }) => {
    const problems = watchHydration(page)
    await page.goto('/inloggen?reden=sessie-verlopen')
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'rendered')
    await expect(page.getByText(/sessie is verlopen|opnieuw inloggen/i).first()).toBeVisible()
    await login(page)
    await page.goto('/privacy')
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'rendered')
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible()
    // The start page's frame is drawn over by the person's own overview, footer and all.
    await page.goto('/')
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'rendered')
    await expect(page.getByText('U bent ingelogd met DigiD Midden.')).toBeVisible()
    await expect(page.getByRole('contentinfo')).toBeVisible()
    expect(problems).toEqual([])
  })

  test('when the JavaScript does not come, the page stays readable and offers to load it again', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort())
    await page.goto('/privacy')
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible()
    const reload = page.getByRole('link', { name: 'Laad de pagina opnieuw' })
    await expect(reload).toBeHidden()
    await expect(reload).toBeVisible({ timeout: 15_000 })
    await expectNoAxeViolations(page)
    await page.unroute('**/assets/*.js')
    await reload.click()
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'hydrated')
    await expect(reload).toHaveCount(0)
  })

  test('offline, the service worker shows the prerendered page in the chosen language', async ({ page, context }) => {
    test.skip(test.info().project.name === 'mobile', 'the cache does not depend on the viewport')
    await chooseEnglish(page)
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.goto('/contact')
    await expect(page.getByRole('heading', { level: 1, name: 'Contact' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    // Offline the app says so on the page: it draws the page anew rather than take over one without that notice.
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'rendered')
    await context.setOffline(false)
  })
})
