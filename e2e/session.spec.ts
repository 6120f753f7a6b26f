import { expect, expectNoAxeViolations, login, PERSONS, test } from './support/fixtures'

test.describe('Sessie: waarschuwing en automatisch uitloggen (nep-klok)', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install()
  })

  test('after 13 idle minutes a dialog warns; Esc keeps the session', async ({ page, mock: _ }) => {
    await login(page)
    await page.clock.fastForward('12:50')
    await expect(page.getByRole('dialog')).toBeHidden()

    await page.clock.fastForward('00:15')
    const dialog = page.getByRole('dialog', { name: 'U wordt bijna uitgelogd' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('Over 2 minuten wordt u automatisch uitgelogd')
    await expect(dialog.getByRole('button', { name: 'Blijf ingelogd' })).toBeFocused()
    await expectNoAxeViolations(page)

    // Focus stays in the dialog: Tab moves between its two buttons only.
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name: 'Uitloggen' })).toBeFocused()

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()

    // Staying restarted the count: 13 minutes later the warning comes again, not earlier.
    await page.clock.fastForward('12:00')
    await expect(dialog).toBeHidden()
    await page.clock.fastForward('01:05')
    await expect(dialog).toBeVisible()
  })

  test('"Blijf ingelogd" keeps the session and the API still answers', async ({ page, mock: _ }) => {
    await login(page)
    await page.clock.fastForward('13:05')
    // "Blijf ingelogd" renews the tokens; a reload before the new ones are stored would reuse a rotated refresh token.
    const accessToken = () =>
      page.evaluate(() => {
        const key = Object.keys(sessionStorage).find((name) => name.startsWith('mo.oidc.user:'))
        return key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined
      })
    const before = await accessToken()
    expect(before).toBeTruthy()
    await page.getByRole('button', { name: 'Blijf ingelogd' }).click()
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect.poll(accessToken).not.toBe(before)
    // A reload asks the BRP for the name again: the session and its tokens still work.
    await page.reload()
    await expect(page.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
  })

  test('after 15 idle minutes the session ends and says why', async ({ page, mock: _ }) => {
    await login(page)
    await page.clock.fastForward('13:05')
    await expect(page.getByRole('dialog')).toBeVisible()
    // Moving the mouse is not enough once the warning shows: the person must choose.
    await page.mouse.move(10, 10)
    await page.clock.fastForward('02:00')
    await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
    await expect(page.getByText('U bent automatisch uitgelogd, omdat u 15 minuten niets heeft gedaan.')).toBeVisible()
    await page.goto('/')
    await expect(page).toHaveURL(/\/inloggen/)
  })

  test('activity keeps the session alive without any warning', async ({ page, mock: _ }) => {
    await login(page)
    for (let step = 0; step < 3; step += 1) {
      await page.clock.fastForward('10:00')
      await page.keyboard.press('Tab')
    }
    await page.clock.fastForward('05:00')
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
  })
})
