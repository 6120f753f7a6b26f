import type { Page } from '@playwright/test'
import { onderwerpen, openBerichten } from './support/berichten'
import { expect, login, PERSONS, test, waitForServiceWorker } from './support/fixtures'

/** What this device holds: caches, IndexedDB databases and web storage. */
async function deviceData(page: Page) {
  return page.evaluate(async () => {
    const cacheNames = await caches.keys()
    const cachedUrls: string[] = []
    for (const name of cacheNames) {
      const cache = await caches.open(name)
      cachedUrls.push(...(await cache.keys()).map((request) => new URL(request.url).pathname))
    }
    return {
      cacheNames,
      cachedUrls,
      databases: (await indexedDB.databases()).map((database) => database.name),
      session: Object.keys(sessionStorage),
      local: Object.keys(localStorage),
    }
  })
}

test('logout leaves no personal data on the device', async ({ page, mock: _ }) => {
  await login(page)
  await waitForServiceWorker(page)
  // What the app keeps while she is logged in: the encrypted copies of what she saw (IndexedDB), and, as any
  // feature might, a runtime cache and a draft in storage.
  await openBerichten(page)
  await page.evaluate(async () => {
    const cache = await caches.open('mo-api-cache')
    await cache.put('/api/berichten', new Response('{"berichten": []}'))
    localStorage.setItem('mo:concept', 'persoonlijk')
  })
  await expect.poll(async () => (await deviceData(page)).databases).toContain('mo-offline')
  const before = await deviceData(page)
  // The DPoP key pair her tokens are bound to.
  expect(before.databases).toContain('mo-dpop')
  expect(before.cacheNames).toContain('mo-api-cache')
  expect(before.cachedUrls).toContain('/api/berichten')
  expect(before.local).toContain('mo:concept')
  expect(before.session.some((key) => key.startsWith('mo.oidc.user:'))).toBe(true)

  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()

  // The browser's HTTP cache: every API answer says no-store, so none can be read back after logout.
  const httpCache = await page.evaluate(async () => {
    const urls = ['/api/berichten/_aantallen', '/api/berichtenbox/instellingen']
    const hits = await Promise.all(
      urls.map((url) => fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).then((response) => response.status, () => 'niet in de cache')),
    )
    return hits
  })
  expect(httpCache).toEqual(['niet in de cache', 'niet in de cache'])

  // The page wipes once more when the app on it starts (the provider round trip may leave something behind).
  await expect.poll(async () => (await deviceData(page)).databases).toEqual([])
  const after = await deviceData(page)
  expect(after.session).toEqual([])
  expect(after.local.filter((key) => key !== 'mo:taal')).toEqual([])
  // Only the precache of the public app files stays (for the offline page); no API response anywhere.
  expect(after.cacheNames.every((name) => name.startsWith('workbox-precache'))).toBe(true)
  expect(after.cachedUrls.filter((url) => url.startsWith('/api') || url.startsWith('/mock-digid'))).toEqual([])
  await expect(page.getByText(PERSONS.fatima.name)).toHaveCount(0)
})

test('logging out in one tab logs out the other tabs too', async ({ page, context, mock: _ }) => {
  await login(page)
  const other = await context.newPage()
  await other.goto('/')
  // DigiD still knows this browser: the second tab logs in without asking again.
  await other.getByRole('button', { name: 'Inloggen met DigiD' }).click()
  await expect(other.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()

  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
  await expect(other.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
  await expect(other.getByText('U bent uitgelogd in een ander venster of tabblad.')).toBeVisible()
  expect(await other.evaluate(() => Object.keys(sessionStorage))).toEqual([])
})

test('the idle timeout, offline, wipes it all too, after the warning said what waits would be lost', async ({ page, context, mock: _ }) => {
  await page.clock.install()
  await login(page)
  await waitForServiceWorker(page)
  await openBerichten(page)
  const eerste = onderwerpen(page).first().getByRole('link')
  const onderwerp = (await eerste.textContent())?.trim() ?? ''
  await eerste.click()
  await expect(page.getByRole('heading', { level: 1, name: onderwerp })).toBeVisible()
  await context.setOffline(true)
  await page.getByRole('button', { name: 'Archiveren' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Wat u koos, gebeurt zodra u weer online bent.' })).toBeVisible()
  const before = await deviceData(page)
  expect(before.databases).toContain('mo-offline')
  expect(before.local).toContain('mo:outbox')

  await page.clock.fastForward('13:05')
  await expect(page.getByRole('dialog', { name: 'U wordt bijna uitgelogd' })).toContainText('Let op: 1 actie wacht nog op verbinding. Die gaat verloren als u wordt uitgelogd.')
  await page.clock.fastForward('02:00')
  await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
  // The page says why (the app read the reason, and let go of it).
  await expect(page.getByText(/automatisch uitgelogd, omdat u \d+ minuten niets heeft gedaan/)).toBeVisible()
  const after = await deviceData(page)
  expect(after.databases).toEqual([])
  expect(after.session).toEqual([])
  // Only a note without personal data: DigiD could not be told, so the next login must ask for a password.
  expect(after.local.filter((key) => key !== 'mo:taal')).toEqual(['mo:digid-uitloggen'])
  expect(after.cacheNames.every((name) => name.startsWith('workbox-precache'))).toBe(true)

  // Back online, the next person at this computer is not let in as Fatima by DigiD's single sign-on.
  await context.setOffline(false)
  await page.goto('/inloggen')
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
  await expect(page).toHaveTitle(/Inloggen met DigiD/)
  await expect(page.getByRole('radio', { name: new RegExp(`^${PERSONS.fatima.name}`) })).toBeVisible()
})
