import { expect, expectNoAxeViolations, login, PERSONS, test } from './support/fixtures'
import { tabTo } from './support/keyboard'

test.describe('App shell', () => {
  test('navigation moves focus to the new heading, announces it and sets the title', async ({ page, mock: _ }) => {
    await login(page)
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    await nav.getByRole('link', { name: 'Machtigingen' }).click()
    const heading = page.getByRole('heading', { level: 1, name: 'Machtigingen' })
    await expect(heading).toBeFocused()
    await expect(page).toHaveTitle('Machtigingen - Mijn Overheid')
    // Focus on the heading is the announcement; the route announcer does not say it a second time.
    await expect(page.getByText(/Pagina geladen/)).toHaveCount(0)
    await expect(nav.getByRole('link', { name: 'Machtigingen' })).toHaveAttribute('aria-current', 'page')
    await expectNoAxeViolations(page)
  })

  test('the skip link takes keyboard users straight to the content', async ({ page, mock: _ }) => {
    await login(page)
    await page.goto('/machtigingen')
    // A person presses Tab once the page shows, not while the app is still starting.
    await expect(page.getByRole('heading', { level: 1, name: 'Machtigingen' })).toBeVisible()
    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' })
    await expect(skipLink).toBeFocused()
    await expect(skipLink).toBeVisible()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    // The next stop is inside the main content, past header and navigation.
    await expect(page.getByRole('main').getByRole('link', { name: 'Iemand machtigen' })).toBeFocused()
  })

  test('the overview has a card per domain, each linked to its part', async ({ page, mock: _ }) => {
    await login(page)
    for (const title of ['Berichten', 'Persoonlijke gegevens', 'Lopende zaken', 'Machtigingen', 'Fout in uw gegevens melden']) {
      await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible()
    }
    await expect(page.getByRole('heading', { level: 3, name: 'Berichten' }).getByRole('link')).toBeVisible()
    await expect(page.getByText(/^U heeft (1 ongelezen bericht|\d+ ongelezen berichten)\.$/)).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Fout in uw gegevens melden' }).getByRole('link')).toHaveAttribute('href', '/correctieverzoek')
    await expect(page.getByText('Nog niet beschikbaar. Dit onderdeel is nog niet klaar.')).toHaveCount(0)
  })

  test('the language switch changes every text and <html lang>, and stays after a reload', async ({ page, mock: _ }) => {
    await login(page)
    await tabTo(page, page.getByRole('button', { name: 'English' }))
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Messages' })).toBeVisible()
    await expect(page).toHaveTitle('Overview - Mijn Overheid')
    await expect(page.getByText(`Welcome, ${PERSONS.fatima.name}`)).toBeVisible()
    await expectNoAxeViolations(page)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    await page.getByRole('button', { name: 'Nederlands' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
  })

  test('footer pages are real pages, also without logging in', async ({ page, mock: _ }) => {
    await page.goto('/inloggen')
    // Within the app (once it runs) a link moves focus to the new page's heading; before, it loads the page.
    await expect(page.locator('#app')).toHaveAttribute('data-app', 'hydrated')
    const footer = page.getByRole('navigation', { name: 'Over deze website' })
    await footer.getByRole('link', { name: 'Toegankelijkheid' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeFocused()
    await expect(page.getByText('WCAG) 2.1 op niveau AA')).toBeVisible()
    await expectNoAxeViolations(page)
    await footer.getByRole('link', { name: 'Privacy' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Wat er op uw apparaat staat' })).toBeVisible()
    await expectNoAxeViolations(page)
    await footer.getByRole('link', { name: 'Contact' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Contact' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('an unknown address shows a page-not-found page with a way back', async ({ page, mock: _ }) => {
    await page.goto('/bestaat-niet')
    await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible()
    await expect(page).toHaveTitle('Pagina niet gevonden - Mijn Overheid')
    await expectNoAxeViolations(page)
  })

  test('the server sends strict security headers', async ({ request }) => {
    const response = await request.get('/')
    const csp = response.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })
})
