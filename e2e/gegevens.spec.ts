import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, login, PERSONS, test, expectNoHorizontalScroll } from './support/fixtures'
import { tabTo } from './support/keyboard'

const regio = (page: Page, naam: string | RegExp) => page.getByRole('region', { name: naam })
const BRP = 'Basisregistratie Personen (BRP)'
const VOERTUIGEN = 'Voertuigen (RDW)'
const WONINGEN = 'Huis en WOZ-waarde (Kadaster)'
const DIPLOMAS = 'Diploma’s (DUO)'
const INKOMEN = 'Inkomen (Belastingdienst)'

/** Opens Gegevens from the main navigation and waits until every source has answered. */
async function openGegevens(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Persoonlijke gegevens' })).toBeVisible()
  await wachtOpBronnen(page)
}

async function wachtOpBronnen(page: Page): Promise<void> {
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 })
  await expect(page.getByText('Gegevens worden geladen…')).toHaveCount(0)
}

test.describe('Persoonlijke gegevens', () => {
  test('Fatima sees her data by source, her minor son, and nothing personal in title or URL', async ({ page, mock: _ }) => {
    await login(page)
    await openGegevens(page)
    const brp = regio(page, BRP)
    await expect(brp).toContainText('Oudegracht 128')
    await expect(brp.getByText('Gemeente Utrecht').first()).toBeVisible()
    // Her mother's birth date is unknown to the BRP, her father's only by year: said so, never a broken date.
    await expect(brp).toContainText('onbekend')
    await expect(regio(page, 'Uw kind Yusuf')).toContainText('El Amarni')
    await expect(regio(page, VOERTUIGEN)).toContainText(/Let op: de APK van T-472-KV verloopt over \d+ dagen/)
    await expect(regio(page, WONINGEN)).toContainText('WOZ-waarde per jaar')
    await expect(regio(page, DIPLOMAS).getByRole('heading', { level: 3 }).first()).toBeVisible()
    await expect(regio(page, INKOMEN)).toContainText('nog niet definitief')
    for (const naam of [BRP, VOERTUIGEN, WONINGEN, DIPLOMAS, INKOMEN]) await expect(regio(page, naam)).toContainText('Bron')
    await expect(page).toHaveTitle(/^Persoonlijke gegevens/)
    expect(await page.title()).not.toContain('Fatima')
    expect(page.url()).not.toContain(PERSONS.fatima.bsn)
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)
  })

  test('the BSN is masked until she asks to see it', async ({ page, mock: _ }) => {
    await login(page)
    await openGegevens(page)
    const brp = regio(page, BRP)
    await expect(brp).not.toContainText('9999 90 019')
    await expectNoAxeViolations(page)
    await brp.getByRole('button', { name: 'Toon burgerservicenummer' }).click()
    await expect(brp).toContainText('9999 90 019')
    await expectNoAxeViolations(page)
    await brp.getByRole('button', { name: 'Verberg burgerservicenummer' }).click()
    await expect(brp).not.toContainText('9999 90 019')
  })

  test('"Klopt dit niet?" opens a correctieverzoek about exactly that value, with no personal data in the URL', async ({ page, mock: _ }) => {
    await login(page)
    await openGegevens(page)
    await regio(page, 'Uw kind Yusuf').getByRole('link', { name: 'Klopt dit niet? Achternaam (geslachtsnaam) van Yusuf' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Een fout in uw gegevens laten aanpassen' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /^1\. Eerst naar de organisatie/ })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Waar staat de fout?' })).toHaveValue('brp|Gemeente Utrecht')
    await expect(page.getByRole('radio', { name: /^Achternaam van Yusuf El Amarni/ })).toBeChecked()
    expect(new URL(page.url()).search).toBe('?registratie=brp&gegeven=geslachtsnaam&wie=kind')
    await expectNoAxeViolations(page)
  })

  for (const [pad, methode, naam] of [
    ['/api/rdw/voertuigen', 'GET', VOERTUIGEN],
    ['/api/kadaster/onroerende-zaken', 'GET', WONINGEN],
    ['/api/duo/diplomas', 'GET', DIPLOMAS],
    ['/api/belastingdienst/inkomens', 'GET', INKOMEN],
    ['/api/brp/personen', 'POST', BRP],
  ] as const) {
    test(`${naam} down: its own message with "Probeer opnieuw", the rest works`, async ({ page, mock }) => {
      await login(page)
      // The overview's own requests (the name from the BRP) are done: the fault is for the Gegevens page alone.
      await expect(page.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
      // Three answers: the first try and the client's two retries.
      await mock.fault({ path: pad, method: methode, status: 503, times: 3 })
      await openGegevens(page)
      const kapot = regio(page, naam)
      await expect(kapot.getByRole('alert')).toBeVisible()
      const anders = naam === VOERTUIGEN ? DIPLOMAS : VOERTUIGEN
      await expect(regio(page, anders)).toContainText('Bron')
      await expectNoAxeViolations(page)
      await kapot.getByRole('button', { name: 'Probeer opnieuw' }).click()
      await expect(kapot.getByRole('alert')).toHaveCount(0)
      await expect(kapot).toContainText('Bron')
    })
  }

  test('a source that answers garbage, and one that is slow: each says so in its own place', async ({ page, mock }) => {
    await login(page)
    await mock.fault({ path: '/api/belastingdienst/inkomens', malformed: true, times: 1 })
    await mock.fault({ path: '/api/duo/diplomas', delayMs: 10_000, times: 1 })
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click()
    const traag = regio(page, DIPLOMAS)
    await expect(traag).toHaveAttribute('aria-busy', 'true')
    await expect(traag).toContainText('Gegevens worden geladen…')
    // Meanwhile the rest of the page is there and usable.
    await expect(regio(page, VOERTUIGEN)).toContainText('Bron')
    await regio(page, BRP).getByRole('button', { name: 'Toon burgerservicenummer' }).click()
    await expect(regio(page, INKOMEN).getByRole('alert')).toContainText('niet goed lezen')
    await expectNoAxeViolations(page)
    await expect(traag).toContainText('Bron', { timeout: 15_000 })
  })

  test('Noor sees her BRP data and a clear empty state for every other source', async ({ page, mock: _ }) => {
    await login(page, PERSONS.noor.name)
    await openGegevens(page)
    await expect(regio(page, BRP)).toContainText('Visser')
    await expect(regio(page, VOERTUIGEN)).toContainText('Er staat geen voertuig op uw naam.')
    await expect(regio(page, WONINGEN)).toContainText('niet ingeschreven als eigenaar')
    await expect(regio(page, DIPLOMAS)).toContainText('DUO heeft geen diploma’s van u geregistreerd.')
    await expect(regio(page, INKOMEN)).toContainText('geen inkomen van u geregistreerd')
    await expectNoAxeViolations(page)
  })

  test('Kees: three vehicles and a long address history stay readable', async ({ page, mock: _ }) => {
    await login(page, 'Kees Bakker')
    await openGegevens(page)
    await expect(regio(page, VOERTUIGEN).getByRole('heading', { level: 3 })).toHaveCount(3)
    const eerder = regio(page, BRP).locator('.gegevens-blok').filter({ has: page.getByRole('heading', { name: 'Eerdere adressen' }) })
    expect(await eerder.locator('dt').count()).toBeGreaterThanOrEqual(12)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)
  })

  test('print view: only the data, and a JSON download with source and date per value', async ({ page, mock: _ }) => {
    await login(page)
    await openGegevens(page)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download mijn gegevens (JSON)' }).click()
    const bestand = await download
    expect(bestand.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/)
    const inhoud = JSON.parse(await readFile(await bestand.path(), 'utf8')) as {
      onderdelen: { onderdeel: string; blokken: { waarden: { gegeven: string; waarde: string; bron: string; datum: string }[] }[] }[]
    }
    const brp = inhoud.onderdelen.find((onderdeel) => onderdeel.onderdeel === BRP)
    expect(brp?.blokken[0]?.waarden).toContainEqual(expect.objectContaining({ waarde: 'El Amrani', bron: 'Gemeente Utrecht', datum: expect.any(String) }))
    expect(inhoud.onderdelen.map((onderdeel) => onderdeel.onderdeel)).toEqual(expect.arrayContaining([VOERTUIGEN, WONINGEN, DIPLOMAS, INKOMEN]))

    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden()
    await expect(page.getByRole('link', { name: /^Klopt dit niet\?/ }).first()).toBeHidden()
    await expect(regio(page, BRP)).toContainText('Oudegracht 128')
    await expectNoAxeViolations(page)
    await page.emulateMedia({ media: 'screen' })
  })
})

test.describe('Wie gebruikte mijn gegevens', () => {
  test('by keyboard: open the log, filter by organisation and period, page on, and Back', async ({ page, mock: _ }) => {
    await login(page)
    await openGegevens(page)
    await tabTo(page, page.getByRole('link', { name: 'Wie gebruikte mijn gegevens' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Wie gebruikte mijn gegevens' })).toBeFocused()
    const resultaat = page.getByRole('heading', { level: 2, name: /keer gebruikt/ })
    await expect(resultaat).toHaveText(/^\d+ keer gebruikt, pagina 1 van \d+$/)
    await expectNoAxeViolations(page)

    const organisatie = page.getByRole('combobox', { name: 'Organisatie' })
    await tabTo(page, organisatie)
    await organisatie.selectOption('Belastingdienst')
    await tabTo(page, page.getByRole('button', { name: 'Filter toepassen' }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/gegevens\/gebruik\?organisatie=Belastingdienst$/)
    await expect(resultaat).toBeFocused()
    const organisaties = page.getByRole('main').getByRole('list').getByRole('heading', { level: 3 })
    await expect(organisaties.first()).toHaveText('Belastingdienst')
    expect(new Set(await organisaties.allTextContents())).toEqual(new Set(['Belastingdienst']))
    await expectNoAxeViolations(page)

    await organisatie.selectOption('')
    await page.getByRole('combobox', { name: 'Periode' }).selectOption({ label: 'Afgelopen jaar' })
    await page.getByRole('button', { name: 'Filter toepassen' }).click()
    await expect(page).toHaveURL(/periode=jaar/)
    await expect(resultaat).toBeFocused()

    await page.getByRole('combobox', { name: 'Periode' }).selectOption({ label: 'Alles' })
    await page.getByRole('button', { name: 'Filter toepassen' }).click()
    await expect(resultaat).toHaveText(/pagina 1 van/)
    await tabTo(page, page.getByRole('link', { name: 'Volgende pagina' }), 80)
    await page.keyboard.press('Enter')
    await expect(resultaat).toHaveText(/pagina 2 van/)
    await expectNoAxeViolations(page)
    await page.goBack()
    await expect(resultaat).toHaveText(/pagina 1 van/)
  })
})

test.describe('Toestemmingen', () => {
  test('withdraw one by keyboard; after that nothing is shared with them, even weeks later', async ({ page, mock: _, request }) => {
    await login(page)
    await openGegevens(page)
    await page.getByRole('link', { name: 'Toestemmingen: met wie u gegevens deelt' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Toestemmingen' })).toBeVisible()
    await expect(page.getByRole('article')).toHaveCount(3)
    await expect(page.getByRole('article').filter({ hasText: 'Verlopen' })).toHaveCount(1)
    await expectNoAxeViolations(page)

    const knop = page.getByRole('button', { name: 'Toestemming voor Kroonspaar Bank intrekken' })
    await tabTo(page, knop)
    await page.keyboard.press('Enter')
    const dialoog = page.getByRole('dialog', { name: 'Toestemming intrekken?' })
    await expect(dialoog).toContainText('Kroonspaar Bank krijgt daarna geen gegevens meer van u.')
    // The safe choice has the focus.
    await expect(dialoog.getByRole('button', { name: 'Nee, niet intrekken' })).toBeFocused()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Tab')
    await expect(dialoog.getByRole('button', { name: 'Ja, intrekken' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'U heeft de toestemming voor Kroonspaar Bank ingetrokken.' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Kroonspaar Bank' })).toBeFocused()
    await expect(page.getByRole('article').filter({ hasText: 'Kroonspaar Bank' })).toContainText(/Ingetrokken op/)
    await expect(knop).toHaveCount(0)
    await expectNoAxeViolations(page)

    // Sixty days on by the mock clock: the bank would have had two more shares by now.
    const { now } = (await (await request.get('/__mock/clock')).json()) as { now: string }
    const ingetrokken = Date.parse(now)
    await request.post('/__mock/clock', { data: { now: new Date(ingetrokken + 60 * 86_400_000).toISOString() } })
    const log = (await (await request.get(`/__mock/gegevens/gebruik?bsn=${PERSONS.fatima.bsn}`)).json()) as { organisatie: string; tijdstip: string }[]
    const bank = log.filter((regel) => regel.organisatie === 'Kroonspaar Bank')
    expect(bank.length).toBeGreaterThan(0)
    expect(bank.filter((regel) => Date.parse(regel.tijdstip) > ingetrokken + 1000)).toEqual([])

    await page.getByRole('link', { name: 'Bekijk wat Kroonspaar Bank van u kreeg' }).click()
    await expect(page).toHaveURL(/organisatie=Kroonspaar\+Bank/)
    await expect(page.getByRole('heading', { level: 2, name: /keer gebruikt/ })).toBeVisible()
    await expect(page.getByRole('main').getByRole('list').getByRole('heading', { level: 3, name: 'Kroonspaar Bank' }).first()).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
