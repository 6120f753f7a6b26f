import { expect, expectNoAxeViolations, login, test, expectNoHorizontalScroll } from './support/fixtures'

/**
 * Every screen in every state (320 and 1280 px; light, dark, forced colours; text spacing; 200% text) is the
 * audit's job: `npm run test:a11y` (scripts/a11y-audit), one catalogue in src/app/schermen/schermen.ts that a
 * guard test keeps complete. What stays here is what the catalogue cannot open by itself.
 */
test.describe('Toegankelijkheid van elk scherm', () => {
  test('mock DigiD: login page and its error state', async ({ page, mock: _ }) => {
    await page.goto('/inloggen')
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await expect(page).toHaveTitle(/Inloggen met DigiD/)
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)
    await page.getByLabel('Burgerservicenummer').fill('123456789')
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
    await expect(page.getByRole('alert')).toBeVisible()
    await expect(page.getByLabel('Burgerservicenummer')).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page)
  })

  test('forced colours: every control stays visible and usable', async ({ page, mock: _ }) => {
    await page.emulateMedia({ forcedColors: 'active' })
    await login(page)
    await expectNoAxeViolations(page)
    for (const name of ['Uitloggen', 'English']) {
      const box = await page.getByRole('button', { name }).boundingBox()
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24)
    }
  })
})
