import type { APIRequestContext, Page } from '@playwright/test'
import { naarMap, openBerichten, wachtOpLijst } from './support/berichten'
import { proofFromPage } from './support/dpop'
import { expect, expectNoAxeViolations, login, PERSONS, test, waitForServiceWorker } from './support/fixtures'

/** The one connection status region, by what it says. */
const status = (page: Page, tekst: string | RegExp) => page.getByRole('status').filter({ hasText: tekst })

/** New letters for Fatima, straight from the mock's control API: their subjects are the test's own. */
async function bezorg(request: APIRequestContext, aantal: number, prefix: string): Promise<{ berichtId: string; onderwerp: string }[]> {
  const bezorgd = []
  for (let nummer = 1; nummer <= aantal; nummer += 1) {
    const antwoord = await request.post('/__mock/berichten', {
      data: { bsn: PERSONS.fatima.bsn, afzender: 'Gemeente Utrecht', onderwerp: `${prefix} ${nummer}`, inhoud: `<p>Inhoud van ${prefix} ${nummer}</p>` },
    })
    expect(antwoord.status()).toBe(201)
    bezorgd.push((await antwoord.json()) as { berichtId: string; onderwerp: string })
  }
  return bezorgd
}

async function openBericht(page: Page, onderwerp: string): Promise<void> {
  await page.getByRole('link', { name: onderwerp, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: onderwerp })).toBeVisible()
}

/** Online, as a person does: from the Postvak into each letter and back, so each is on the device. */
async function leesAlle(page: Page, brieven: { onderwerp: string }[]): Promise<void> {
  await openBerichten(page)
  for (const { onderwerp } of brieven) {
    await openBericht(page, onderwerp)
    await expect(page.getByRole('button', { name: 'Archiveren' })).toBeVisible()
    await page.getByRole('link', { name: 'Terug naar Postvak IN' }).click()
    await wachtOpLijst(page)
  }
}

test.describe('Offline with data', () => {
  test('after one online visit the app starts offline, says since when, and shows the letters, data and cases she saw', async ({ page, context, mock: _ }) => {
    test.slow()
    const [bericht] = await bezorg(page.request, 1, 'Offline leesbrief')
    if (!bericht) throw new Error('one letter expected')
    await login(page)
    await waitForServiceWorker(page)
    await openBerichten(page)
    await openBericht(page, bericht.onderwerp)
    await expect(page.getByText('Inhoud van Offline leesbrief 1')).toBeVisible()
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Persoonlijke gegevens' })).toBeVisible()
    await expect(page.getByText('El Amrani').first()).toBeVisible()
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click()
    const zaak = page.getByRole('link', { name: 'WW-uitkering' })
    await expect(zaak).toBeVisible()

    await context.setOffline(true)
    await page.reload()
    await expect(status(page, /U bent offline sinds .+ U ziet wat u eerder op dit apparaat heeft bekeken, bijgewerkt tot/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'WW-uitkering' })).toBeVisible()
    await expectNoAxeViolations(page)

    await openBerichten(page)
    await openBericht(page, bericht.onderwerp)
    await expect(page.getByText('Inhoud van Offline leesbrief 1')).toBeVisible()
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Persoonlijke gegevens' })).toBeVisible()
    await expect(page.getByText('El Amrani').first()).toBeVisible()
    await expectNoAxeViolations(page)
    // What she did not see before is not there, and says so plainly.
    await page.goto('/berichten?map=archief')
    await expect(page.getByRole('main')).toContainText(/offline|internet|verbinding/i)
    await context.setOffline(false)
    await expect(status(page, 'U bent weer online.')).toBeVisible()
  })

  test('20 actions done offline survive two reloads and are each carried out exactly once when she is back online', async ({ page, context, mock }) => {
    test.slow()
    const brieven = await bezorg(page.request, 20, 'Wachtbrief')
    await login(page)
    await waitForServiceWorker(page)
    await leesAlle(page, brieven)
    const voor = (await mock.requests('/api/berichten/')).filter((verzoek) => verzoek.method === 'PATCH').length

    await context.setOffline(true)
    for (const { onderwerp } of brieven) {
      await openBericht(page, onderwerp)
      await page.getByRole('button', { name: 'Archiveren' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible()
      await wachtOpLijst(page)
    }
    await expect(status(page, 'Wat u koos, gebeurt zodra u weer online bent.')).toBeVisible()
    await page.reload()
    await page.reload()
    await page.goto('/wacht-op-verbinding')
    const wacht = page.getByRole('region', { name: 'Wacht nog' })
    await expect(wacht.getByRole('listitem')).toHaveCount(20)
    await expect(wacht.getByRole('listitem').first()).toContainText('Archiveren: Wachtbrief 1')
    await expectNoAxeViolations(page)
    expect((await mock.requests('/api/berichten/')).filter((verzoek) => verzoek.method === 'PATCH').length).toBe(voor)

    await context.setOffline(false)
    await expect(status(page, 'Wat u offline deed, is verstuurd: 20 acties.')).toBeVisible()
    await expect(page.getByText('Er wacht niets.')).toBeVisible()
    const patches = (await mock.requests('/api/berichten/')).filter((verzoek) => verzoek.method === 'PATCH').slice(voor) as { path: string; idempotencyKey?: string }[]
    expect(patches).toHaveLength(20)
    expect(new Set(patches.map((verzoek) => verzoek.idempotencyKey)).size).toBe(20)
    // In the order she did them.
    expect(patches.map((verzoek) => verzoek.path)).toEqual(brieven.map(({ berichtId }) => `/api/berichten/${berichtId}`))
    // The effect: all 20 in the Archief, none left in the Postvak.
    await page.goto('/berichten')
    await wachtOpLijst(page)
    await expect(page.getByRole('link', { name: /^Wachtbrief \d+$/ })).toHaveCount(0)
    await naarMap(page, 'Archief')
    await expect(page.getByRole('link', { name: /^Wachtbrief \d+$/ })).toHaveCount(20)
  })

  test('a letter deleted in another session meanwhile is reported, not dropped; a waiting action can be cancelled', async ({ page, context, mock: _ }) => {
    const [weg, blijft] = await bezorg(page.request, 2, 'Conflictbrief')
    await login(page)
    await waitForServiceWorker(page)
    if (!weg || !blijft) throw new Error('two letters expected')
    await leesAlle(page, [weg, blijft])
    await context.setOffline(true)
    for (const bericht of [weg, blijft]) {
      await openBericht(page, bericht.onderwerp)
      await page.getByRole('button', { name: 'Archiveren' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible()
    }
    await page.goto('/wacht-op-verbinding')
    // She changes her mind about the second one.
    await page.getByRole('button', { name: 'Niet versturen', description: 'Archiveren: Conflictbrief 2' }).click()
    await expect(status(page, 'Dit wordt niet verstuurd: Archiveren: Conflictbrief 2')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Wacht op verbinding' })).toBeFocused()

    // Meanwhile, in another session, the first letter goes to the bin and is deleted for good.
    const pad = `/api/berichten/${weg.berichtId}`
    const verplaats = { ...(await proofFromPage(page, 'PATCH', pad)), 'Idempotency-Key': 'ander-1' }
    expect((await page.request.patch(pad, { data: { map: 'prullenbak' }, headers: verplaats })).status()).toBe(200)
    const verwijder = { ...(await proofFromPage(page, 'DELETE', pad)), 'Idempotency-Key': 'ander-2' }
    expect((await page.request.delete(pad, { headers: verwijder })).status()).toBe(204)

    await context.setOffline(false)
    await expect(status(page, '1 actie kon niet worden uitgevoerd.')).toBeVisible()
    const nietGelukt = page.getByRole('region', { name: 'Niet gelukt' })
    await expect(nietGelukt).toContainText('Archiveren: Conflictbrief 1')
    await expect(nietGelukt).toContainText('Dit bericht bestaat niet (meer).')
    await expectNoAxeViolations(page)
    await nietGelukt.getByRole('button', { name: 'Gezien, weghalen' }).click()
    await expect(page.getByText('Er wacht niets.')).toBeVisible()
    // The cancelled one was never sent: the second letter is still in the Postvak.
    await page.goto('/berichten')
    await wachtOpLijst(page)
    await expect(page.getByRole('link', { name: 'Conflictbrief 2', exact: true })).toBeVisible()
  })
})
