import { expect, expectNoAxeViolations, login, PERSONS, test } from './support/fixtures'

test.describe('Fouten van de dienst: een duidelijke boodschap en een weg verder', () => {
  test('garbled JSON from the BRP: a clear message and a retry that works', async ({ page, mock }) => {
    await login(page)
    // The overview's own request for the name is done: the fault is for the reload.
    await expect(page.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
    await mock.fault({ path: '/api/brp/personen', malformed: true })
    await page.reload()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('konden de gegevens niet goed lezen')
    await expectNoAxeViolations(page)
    await alert.getByRole('button', { name: 'Probeer opnieuw' }).click()
    await expect(page.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
  })

  test('a 500 from the API: "Er is een probleem met de dienst", never a blank screen', async ({ page, mock }) => {
    await login(page)
    // The overview's own request for the name is done: the fault is for the reload.
    await expect(page.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
    await mock.fault({ path: '/api/brp/personen', status: 500, times: 5 })
    await page.reload()
    await expect(page.getByRole('alert')).toContainText('Er is een probleem met de dienst')
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
  })

  test('a 401 (revoked token): log in again, with the reason, and no login loop', async ({ page, mock }) => {
    await login(page)
    expect((await page.evaluate(() => Object.keys(sessionStorage))).length).toBeGreaterThan(0)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click()
    await mock.fault({ path: '/api/brp/personen', status: 401, times: 10 })
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click()
    await page.reload()
    await expect(page).toHaveURL(/\/inloggen\?reden=sessie-verlopen&terug=(%2F|\/)$/)
    await expect(page.getByText('Uw sessie is verlopen. Log opnieuw in om verder te gaan.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Inloggen met DigiD' })).toBeVisible()
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([])
    // Stays put: no automatic redirect to DigiD.
    await page.waitForTimeout(500)
    await expect(page).toHaveURL(/\/inloggen/)
    await expectNoAxeViolations(page)
  })
})
