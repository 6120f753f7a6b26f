import { expect, expectNoAxeViolations, login, test, waitForServiceWorker } from './support/fixtures'

test.describe('Offline', () => {
  test('a page that needs the network shows our offline page, not a browser error', async ({ page, context, mock: _ }) => {
    await page.goto('/inloggen')
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.goto('/mock-digid/auth')
    await expect(page.getByRole('heading', { level: 1, name: 'U bent offline' })).toBeVisible()
    await expect(page).toHaveTitle('U bent offline - Mijn Overheid')
    await expectNoAxeViolations(page)
    await context.setOffline(false)
  })

  test('the app itself still opens offline, says so, and refuses to start a login', async ({ page, context, mock: _ }) => {
    await page.goto('/inloggen')
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.goto('/privacy')
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'U bent offline' })).toBeVisible()
    await page.goto('/inloggen')
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await expect(page.getByRole('alert')).toContainText('Inloggen kan alleen met internet')
    await expectNoAxeViolations(page)
    await context.setOffline(false)
  })

  test('going offline while logged in is announced, and coming back online clears it', async ({ page, context, mock: _ }) => {
    await login(page)
    await context.setOffline(true)
    const notice = page.getByRole('status').filter({ hasText: 'U bent offline' })
    await expect(notice).toBeVisible()
    await context.setOffline(false)
    await expect(notice).toBeHidden()
  })

  test('the API and DigiD are never answered from the service worker cache', async ({ page, mock }) => {
    await login(page)
    await waitForServiceWorker(page)
    const cached = await page.evaluate(async () => {
      const urls: string[] = []
      for (const name of await caches.keys()) {
        const cache = await caches.open(name)
        urls.push(...(await cache.keys()).map((request) => new URL(request.url).pathname))
      }
      return urls
    })
    expect(cached.length).toBeGreaterThan(5)
    expect(cached.filter((url) => /^\/(api|mock-digid|__mock)/.test(url))).toEqual([])
    // Each reload asks the real backend again.
    const before = (await mock.requests('/api/brp/personen')).length
    await page.reload()
    await expect(page.getByText('Welkom, Fatima El Amrani')).toBeVisible()
    expect((await mock.requests('/api/brp/personen')).length).toBe(before + 1)
  })
})
