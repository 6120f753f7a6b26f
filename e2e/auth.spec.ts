import { expect, expectNoAxeViolations, loginOnDigid, PERSONS, test } from './support/fixtures'
import { tabTo } from './support/keyboard'

test.describe('Inloggen en uitloggen', () => {
  test('by keyboard alone: login with DigiD, overview with name and navigation, logout', async ({ page, mock: _ }) => {
    await page.goto('/')
    // From the start page nothing to come back to: the plain login page, the one prerendered for visitors.
    await expect(page).toHaveURL(/\/inloggen$/)
    await expect(page).toHaveTitle('Inloggen - Mijn Overheid')
    await expectNoAxeViolations(page)

    await tabTo(page, page.getByRole('button', { name: 'Inloggen met DigiD' }))
    await page.keyboard.press('Enter')

    await expect(page).toHaveTitle(/Inloggen met DigiD/)
    await expectNoAxeViolations(page)
    await tabTo(page, page.getByRole('radio', { name: /^Fatima El Amrani/ }))
    await page.keyboard.press('Space')
    await tabTo(page, page.getByRole('radio', { name: /^Midden/ }))
    await page.keyboard.press('Space')
    await tabTo(page, page.getByRole('button', { name: 'Inloggen', exact: true }))
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
    await expect(page.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
    await expect(page.getByText(`Ingelogd als ${PERSONS.fatima.name}`)).toBeVisible()
    await expect(page.getByText('U bent ingelogd met DigiD Midden.')).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    for (const name of ['Overzicht', 'Berichten', 'Gegevens', 'Zaken', 'Machtigingen']) {
      await expect(nav.getByRole('link', { name })).toBeVisible()
    }
    await expect(nav.getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page')
    await expectNoAxeViolations(page)

    await tabTo(page, page.getByRole('button', { name: 'Uitloggen' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
    await expect(page).toHaveURL(/\/uitgelogd$/)
    await expectNoAxeViolations(page)

    // The provider session ended too: logging in again asks DigiD again instead of slipping through.
    await page.getByRole('link', { name: 'Opnieuw inloggen' }).click()
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await expect(page).toHaveTitle(/Inloggen met DigiD/)
  })

  test('a deep link survives login: the person lands where they wanted to go', async ({ page, mock: _ }) => {
    await page.goto('/zaken')
    await expect(page).toHaveURL(/\/inloggen\?terug=\/zaken$/)
    await expect(page.getByText('Na het inloggen komt u terug op de pagina die u wilde zien.')).toBeVisible()
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await loginOnDigid(page, PERSONS.fatima.name)
    await expect(page).toHaveURL(/\/zaken$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Lopende zaken' })).toBeVisible()
  })

  test('the provider rejects a login that did not come from this app (wrong state)', async ({ page, mock: _ }) => {
    await page.goto('/auth/callback?code=gestolen&state=onbekend')
    await expect(page.getByRole('heading', { level: 1, name: 'Het inloggen is niet gelukt' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('We konden uw inlogpoging niet controleren')
    await expect(page).toHaveURL(/\/auth\/callback$/)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Opnieuw inloggen' }).click()
    await expect(page).toHaveTitle(/Inloggen met DigiD/)
  })

  test('cancelling at DigiD brings the person back with a clear message', async ({ page, mock: _ }) => {
    await page.goto('/inloggen')
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await page.getByRole('button', { name: 'Annuleren' }).click()
    await expect(page.getByRole('alert')).toContainText('U heeft het inloggen bij DigiD afgebroken')
    await expect(page.getByRole('button', { name: 'Opnieuw inloggen' })).toBeVisible()
  })

  test('DigiD down: a clear message on the login page, no loop', async ({ page, mock }) => {
    await mock.fault({ path: '/mock-digid/.well-known/openid-configuration', status: 503, times: 3 })
    await page.goto('/inloggen')
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await expect(page.getByRole('alert')).toContainText('DigiD is nu niet bereikbaar')
    await expect(page).toHaveURL(/\/inloggen$/)
    await expectNoAxeViolations(page)
  })
})
