import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, login, PERSONS, test, expectNoHorizontalScroll } from './support/fixtures'
import { tabTo } from './support/keyboard'

interface MockZaak {
  id: string
  omschrijving: string
  organisatie: string
  status: string
}

const zakenLijst = (page: Page) => page.getByRole('main').getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) })
const resultaat = (page: Page) => page.getByRole('heading', { level: 2, name: /zaak|zaken/ })

async function openZaken(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Lopende zaken' })).toBeVisible()
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
}

async function zakenVan(page: Page, bsn: string): Promise<MockZaak[]> {
  const response = await page.request.get(`/__mock/zaken?bsn=${bsn}`)
  expect(response.status()).toBe(200)
  return (await response.json()) as MockZaak[]
}

test.describe('Lopende zaken', () => {
  test('by keyboard: the list over all organisations, a filter in the URL, and a zaak with its steps', async ({ page, mock: _ }) => {
    await login(page)
    await openZaken(page)
    await expect(zakenLijst(page).getByRole('heading', { level: 3 })).toContainText([/Parkeervergunning/])
    await expect(zakenLijst(page)).toContainText('Actie nodig')
    await expect(zakenLijst(page)).toContainText('Afgerond')
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)

    const organisatie = page.getByRole('combobox', { name: 'Organisatie' })
    await tabTo(page, organisatie)
    await organisatie.selectOption('UWV')
    await tabTo(page, page.getByRole('button', { name: 'Filter toepassen' }))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/zaken\?organisatie=UWV$/)
    await expect(resultaat(page)).toBeFocused()
    await expect(resultaat(page)).toHaveText('1 zaak')
    await expectNoAxeViolations(page)

    await tabTo(page, page.getByRole('link', { name: 'WW-uitkering' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'WW-uitkering' })).toBeFocused()
    await expect(page).toHaveTitle(/^Zaak/)
    const nu = page.locator('[aria-current="step"]')
    await expect(nu).toContainText('Nu')
    await expect(page.getByRole('heading', { level: 2, name: 'Wie behandelt uw zaak?' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'U krijgt een WW-uitkering' })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalScroll(page)

    await page.goBack()
    await expect(page).toHaveURL(/organisatie=UWV/)
    await expect(resultaat(page)).toHaveText('1 zaak')
  })

  test('the bezwaar is past its expected end date, and the page says so', async ({ page, mock: _ }) => {
    await login(page)
    await openZaken(page)
    await zakenLijst(page).getByRole('link', { name: /^Bezwaar tegen aanslag/ }).click()
    await expect(page.getByText('De organisatie is later klaar dan verwacht.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('Noor: an empty state that says what will appear here', async ({ page, mock: _ }) => {
    await login(page, PERSONS.noor.name)
    await openZaken(page)
    await expect(page.getByRole('heading', { level: 2, name: 'U heeft nog geen zaken' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a zaak that does not exist says so, with a way back', async ({ page, mock: _ }) => {
    await login(page)
    await page.goto('/zaken/bestaat-niet')
    await expect(page.getByText('Deze zaak bestaat niet (meer)')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Terug naar uw zaken' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the overview card counts open zaken and tasks waiting', async ({ page, mock: _ }) => {
    await login(page)
    await expect(page.getByText(/^U heeft \d+ lopende zaken\.$/)).toBeVisible()
    await expect(page.getByText(/^Er wachten? \d+ taken? op u\.$/)).toBeVisible()
  })
})

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 1)])

async function openParkeervergunning(page: Page): Promise<void> {
  await openZaken(page)
  await zakenLijst(page).getByRole('link', { name: /^Parkeervergunning/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Wat u moet doen' })).toBeVisible()
}

test.describe('Taken en vragen', () => {
  test('upload: a wrong type and a file too large are refused in the browser; a renamed .exe by the server', async ({ page, mock: _ }) => {
    await login(page)
    await openParkeervergunning(page)
    const kies = page.getByLabel('Kies een bestand')
    await kies.setInputFiles({ name: 'huurcontract.docx', mimeType: 'application/msword', buffer: Buffer.from('geen pdf') })
    await expect(page.getByText(/Dit bestandstype|type PDF, JPG, JPEG of PNG/).first()).toBeVisible()
    await kies.setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(10_000_001)]) })
    await expect(page.getByText('Het bestand is te groot. Kies een bestand van maximaal 10 MB.').first()).toBeVisible()
    await expectNoAxeViolations(page)
    await kies.setInputFiles({ name: 'huurcontract.pdf', mimeType: 'application/pdf', buffer: EXE })
    await expect(page.getByText(/We kunnen dit bestand niet aannemen/).first()).toBeVisible()
    await expect(page.getByRole('button', { name: 'Probeer opnieuw' })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  // A dropped connection under a POST is retried by Chromium itself; offline is the failure the person meets.
  test('upload: offline, "Probeer opnieuw" sends the same file once online, and the task is done', async ({ page, mock }) => {
    await login(page)
    await openParkeervergunning(page)
    const pad = /\/api\/zaken\/zaken\/[^/]+\/taken\/[^/]+\/bestanden$/
    await page.context().setOffline(true)
    await page.getByLabel('Kies een bestand').setInputFiles({ name: 'huurcontract.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect(page.getByText(/De verbinding viel weg/).first()).toBeVisible()
    await expectNoAxeViolations(page)
    await page.context().setOffline(false)
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Gelukt. U heeft de taak gedaan' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Geschiedenis van uw zaak' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Geschiedenis van uw zaak' }).getByText('huurcontract.pdf')).toHaveCount(1)
    // Sent once, when the connection was back: the file is on the zaak once.
    const uploads = (await mock.requests('/api/zaken/zaken/')).filter((verzoek) => verzoek.method === 'POST' && pad.test(verzoek.path))
    expect(uploads).toHaveLength(1)
    await expectNoAxeViolations(page)
  })

  test('by keyboard: a question of 0 and of 5,000 characters is refused inline; a real one lands in the history once', async ({ page, mock }) => {
    await login(page)
    await openParkeervergunning(page)
    const veld = page.getByRole('textbox', { name: 'Uw vraag' })
    const versturen = page.getByRole('region', { name: 'Een vraag stellen over deze zaak' }).getByRole('button', { name: 'Versturen' })
    await tabTo(page, versturen, 80)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('link', { name: 'Schrijf uw vraag.' })).toBeVisible()
    await expect(veld).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page)
    await veld.fill('a'.repeat(5000))
    await versturen.press('Enter')
    await expect(page.getByRole('link', { name: /Uw vraag is te lang/ })).toBeVisible()

    const vraag = 'Kan ik de vergunning ook voor een tweede auto krijgen?'
    await veld.fill(vraag)
    await versturen.dblclick()
    await expect(page.getByRole('status').filter({ hasText: 'Uw vraag is verstuurd.' })).toBeVisible()
    const historie = page.getByRole('region', { name: 'Geschiedenis van uw zaak' })
    await expect(historie.getByText(vraag)).toHaveCount(1)
    const vragen = (await mock.requests('/api/zaken/zaken/')).filter((verzoek) => verzoek.method === 'POST' && verzoek.path.endsWith('/vragen'))
    expect(new Set(vragen.map((verzoek) => verzoek.headers['idempotency-key'])).size).toBe(1)
    await expectNoAxeViolations(page)
  })
})

test.describe('Live: a zaak moves on while the app is open', () => {
  test('it is said politely within seconds, focus stays, and an e-mail goes to the verified address', async ({ page, mock: _ }) => {
    // A verified notification address first (Berichtenbox settings, which need Substantieel).
    const adres = 'fatima.elamrani@voorbeeld.nl'
    await login(page, PERSONS.fatima.name, 'Substantieel')
    await page.goto('/berichten/instellingen')
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(adres)
    await page.getByRole('button', { name: 'Code versturen' }).click()
    const mails = (await (await page.request.get(`/__mock/mail?aan=${encodeURIComponent(adres)}`)).json()) as { tekst: string }[]
    const code = /\b(\d{6})\b/.exec(mails[0]?.tekst ?? '')?.[1] ?? ''
    await page.getByRole('textbox', { name: 'Verificatiecode' }).fill(code)
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await expect(page.getByText('Dit e-mailadres is nog niet bevestigd.')).toHaveCount(0)

    await openZaken(page)
    const parkeren = (await zakenVan(page, PERSONS.fatima.bsn)).find((zaak) => zaak.omschrijving.startsWith('Parkeervergunning'))
    if (!parkeren) throw new Error('Fatima heeft een parkeervergunning')
    await page.getByRole('link', { name: parkeren.omschrijving }).click()
    await expect(page.getByRole('heading', { level: 1, name: parkeren.omschrijving })).toBeFocused()
    const voor = await page.locator('[aria-current="step"]').textContent()

    expect((await page.request.post(`/__mock/zaken/${parkeren.id}/status`, { data: {} })).status()).toBe(201)
    const live = page.getByRole('status').filter({ hasText: /is bijgewerkt/ })
    await expect(live).toHaveText(new RegExp(`^Uw zaak ${parkeren.omschrijving} is bijgewerkt: .+\\.$`), { timeout: 6_000 })
    await expect(page.locator('[aria-current="step"]')).not.toHaveText(voor ?? '')
    await expect(page.getByRole('heading', { level: 1, name: parkeren.omschrijving })).toBeFocused()
    await expectNoAxeViolations(page)

    const naStatus = (await (await page.request.get(`/__mock/mail?aan=${encodeURIComponent(adres)}`)).json()) as { onderwerp: string }[]
    expect(naStatus[0]?.onderwerp).toBe('Er is nieuws over uw zaak')
  })

  test('the feed failing does not break the page, and it recovers by itself', async ({ page, mock }) => {
    test.slow()
    await login(page)
    await openZaken(page)
    await mock.fault({ path: '/api/zaken/_wijzigingen', status: 503, times: 1 })
    const [eerste] = (await zakenVan(page, PERSONS.fatima.bsn)).filter((zaak) => zaak.omschrijving.startsWith('Wijziging'))
    if (!eerste) throw new Error('Fatima heeft een wijziging studiefinanciering')
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect((await page.request.post(`/__mock/zaken/${eerste.id}/status`, { data: {} })).status()).toBe(201)
    // The failed poll backs off (8 s instead of 4) before the next gets through.
    await expect(page.getByRole('status').filter({ hasText: /is bijgewerkt/ })).toContainText(eerste.omschrijving, { timeout: 20_000 })
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})
