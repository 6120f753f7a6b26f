import type { APIRequestContext, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, login, loginOnDigid, PERSONS, test } from './support/fixtures'
import { tabTo } from './support/keyboard'
import { bediening, exeAlsPdf, pdf, png, stapKop } from './support/mfo'

const FATIMA = PERSONS.fatima.name
const YUSUF = /^Achternaam van Yusuf El Amarni/
const regio = (page: Page, naam: string) => page.getByRole('region', { name: naam })
const groep = (page: Page, naam: string | RegExp) => page.getByRole('group', { name: naam })
const samenvatting = (page: Page) => page.locator(':focus')

/** What the mock received and keeps, to prove that one request is one request (DESIGN.md §6). */
async function ontvangen(request: APIRequestContext) {
  const log = (await (await request.get('/__mock/requests?path=/api/correctieverzoeken')).json()) as { method: string; path: string; idempotencyKey?: string }[]
  const posts = log.filter((regel) => regel.method === 'POST' && regel.path === '/api/correctieverzoeken')
  const verzoeken = (await (await request.get(`/__mock/correctieverzoeken?bsn=${PERSONS.fatima.bsn}`)).json()) as unknown[]
  const zaken = ((await (await request.get(`/__mock/zaken?bsn=${PERSONS.fatima.bsn}`)).json()) as { id: string; omschrijving: string; status: string }[]).filter((zaak) =>
    zaak.omschrijving.startsWith('Correctieverzoek'),
  )
  return { posts, sleutels: new Set(posts.map((post) => post.idempotencyKey)), verzoeken, zaken }
}

/** Fatima, at the level asked, on the start page with Yusuf's surname chosen (as "Klopt dit niet?" leaves it). */
async function beginVoorYusuf(page: Page, niveau: 'Midden' | 'Substantieel' = 'Substantieel') {
  await login(page, FATIMA, niveau)
  await page.goto('/correctieverzoek?registratie=brp&gegeven=geslachtsnaam&wie=kind')
  await expect(page.getByRole('radio', { name: YUSUF })).toBeChecked()
  await page.getByRole('button', { name: 'Begin uw verzoek' }).click()
  await expect(stapKop(page, 'Wat klopt er niet?')).toBeVisible()
}

/** Steps 1 to 5 answered briefly, by pointer, ending on "Controleer uw verzoek". */
async function vulAllesIn(page: Page) {
  await page.getByRole('textbox', { name: 'Wat moet er staan bij Achternaam?' }).fill('El Amrani')
  await page.getByRole('textbox', { name: 'Leg uit wat er niet klopt' }).fill('Op zijn geboorteakte staat El Amrani.')
  await page.getByRole('button', { name: 'Volgende' }).click()
  await groep(page, /^Had u al contact met/).getByRole('radio', { name: 'Nee, nog niet' }).check()
  await page.getByRole('button', { name: 'Volgende' }).click()
  await expect(stapKop(page, 'Wat merkt u van de fout?')).toBeVisible()
  await page.getByRole('button', { name: 'Volgende' }).click()
  await expect(stapKop(page, 'Bewijs toevoegen')).toBeVisible()
  await page.getByRole('button', { name: 'Volgende' }).click()
  await groep(page, /^Hoe wilt u dat het Meldpunt/).getByRole('radio', { name: 'Per post' }).check()
  await page.getByRole('button', { name: 'Volgende' }).click()
  await expect(stapKop(page, 'Controleer uw verzoek')).toBeVisible()
}

/** A new tab of the same browser: DigiD still knows her (its session cookie), so logging in takes one click. */
async function inloggenInNieuwTabblad(page: Page) {
  await page.goto('/inloggen')
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
}

test.describe('MFO correctieverzoek', () => {
  test('Fatima corrects Yusuf’s surname: from "Klopt dit niet?" to a zaak, the corrected value and a reopened request', async ({ page, viewport, mock: _ }) => {
    // The whole journey, with a step-up login and axe on every step: more than one journey's time.
    test.slow()
    // Keyboard alone at 320 px, pointer at 1280 px.
    const toetsenbord = (viewport?.width ?? 1280) < 600
    const doe = bediening(page, toetsenbord)
    await login(page)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click()
    const kind = regio(page, 'Uw kind Yusuf')
    await expect(kind).toContainText('El Amarni')
    await doe.druk(kind.getByRole('link', { name: 'Klopt dit niet? Achternaam (geslachtsnaam) van Yusuf' }))

    await expect(page.getByRole('heading', { level: 1, name: 'Een fout in uw gegevens laten aanpassen' })).toBeVisible()
    await expect(page.getByRole('radio', { name: YUSUF })).toBeChecked()
    await expectNoAxeViolations(page)
    await doe.druk(page.getByRole('button', { name: 'Begin uw verzoek' }))

    // 1. The value, filled in; she says what it should be and why.
    await expect(stapKop(page, 'Wat klopt er niet?')).toBeFocused()
    await expect(page).toHaveTitle(/^Wat klopt er niet\?/)
    const over = page.getByRole('region', { name: 'Uw verzoek gaat over' })
    for (const tekst of ['Basisregistratie Personen (BRP)', 'Yusuf El Amarni', 'Achternaam', 'El Amarni', 'Gemeente Utrecht']) await expect(over).toContainText(tekst)
    await expectNoAxeViolations(page)
    await doe.typ(page.getByRole('textbox', { name: 'Wat moet er staan bij Achternaam?' }), 'El Amrani')
    await doe.typ(page.getByRole('textbox', { name: 'Leg uit wat er niet klopt' }), 'Op zijn geboorteakte staat El Amrani, net als bij mij.')
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))

    // 2. Contact with the gemeente first.
    await expect(stapKop(page, 'Contact met de organisatie')).toBeFocused()
    await doe.kies(groep(page, 'Had u al contact met Gemeente Utrecht over deze fout?'), 'Ja')
    const wanneer = groep(page, /^Wanneer had u contact\?/)
    await doe.typ(wanneer.getByRole('textbox', { name: 'Dag' }), '2')
    await doe.typ(wanneer.getByRole('textbox', { name: 'Maand' }), '11')
    await doe.typ(wanneer.getByRole('textbox', { name: 'Jaar' }), '2026')
    await doe.typ(page.getByRole('textbox', { name: 'Wat zei Gemeente Utrecht?' }), 'Ik moest het bij het Meldpunt melden.')
    await expectNoAxeViolations(page)
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))

    // 3. What the error causes, and the request to wait.
    await expect(stapKop(page, 'Wat merkt u van de fout?')).toBeFocused()
    await doe.typ(page.getByRole('textbox', { name: /^Wat merkt u van de fout\?/ }), 'Ik kan geen paspoort aanvragen voor Yusuf.')
    await doe.kies(groep(page, /^Wilt u dat de organisatie wacht/), 'Ja, vraag of het kan wachten')
    await expectNoAxeViolations(page)
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))

    // 4. A photo of the birth certificate, with progress and a live message.
    await expect(stapKop(page, 'Bewijs toevoegen')).toBeFocused()
    await doe.kiesBestand(page.getByLabel('Kies een bestand'), png('geboorteakte.png'))
    await expect(page.getByRole('status').filter({ hasText: 'geboorteakte.png is toegevoegd.' })).toBeAttached()
    await expect(page.getByRole('listitem').filter({ hasText: 'geboorteakte.png' })).toBeVisible()
    await expectNoAxeViolations(page)
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))

    // 5. How the Meldpunt reaches her.
    await expect(stapKop(page, 'Hoe wilt u contact?')).toBeFocused()
    await doe.kies(groep(page, /^Hoe wilt u dat het Meldpunt/), 'Per e-mail')
    await doe.typ(page.getByRole('textbox', { name: 'Uw e-mailadres' }), 'fatima@example.nl')
    await expectNoAxeViolations(page)
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))

    // 6. Everything at a glance; a change link goes to its step and Back returns.
    await expect(stapKop(page, 'Controleer uw verzoek')).toBeFocused()
    const main = page.getByRole('main')
    for (const tekst of ['El Amrani', 'Ja, op 2 november 2026', 'Ik kan geen paspoort aanvragen', 'geboorteakte.png', 'fatima@example.nl']) await expect(main).toContainText(tekst)
    await doe.druk(page.getByRole('link', { name: 'Wijzigen wat er moet staan' }))
    await expect(page.getByRole('textbox', { name: 'Wat moet er staan bij Achternaam?' })).toHaveValue('El Amrani')
    await page.goBack()
    await expect(stapKop(page, 'Controleer uw verzoek')).toBeVisible()
    if (toetsenbord) await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page)

    // Sending needs DigiD Substantieel: the step-up comes back here with everything kept.
    await doe.druk(page.getByRole('button', { name: 'Inloggen met DigiD Substantieel' }))
    await loginOnDigid(page, FATIMA, 'Substantieel')
    await expect(stapKop(page, 'Controleer uw verzoek')).toBeVisible()
    await expect(main).toContainText('geboorteakte.png')
    await doe.druk(page.getByRole('button', { name: 'Verstuur uw verzoek' }))

    await expect(page.getByRole('heading', { level: 2, name: 'Uw verzoek is verstuurd' })).toBeVisible()
    await expect(main).toContainText(/MFO-\d{4}-\d{6}/)
    await expect(page.getByRole('heading', { level: 2, name: 'Wat gebeurt er nu?' })).toBeVisible()
    await expectNoAxeViolations(page)
    const { posts, verzoeken, zaken } = await ontvangen(page.request)
    expect([posts.length, verzoeken.length, zaken.length]).toEqual([1, 1, 1])

    // The zaak in Lopende zaken, at its first step.
    await doe.druk(page.getByRole('link', { name: /^Volg uw verzoek bij Lopende zaken/ }))
    await expect(page.getByRole('heading', { level: 1, name: /^Correctieverzoek/ })).toBeVisible()
    await expect(page.locator('[aria-current="step"]')).toContainText('Ontvangen')
    await expectNoAxeViolations(page)

    // The Meldpunt finds it right: the BRP changes, Gegevens shows the correct name.
    const [zaak] = zaken
    const status = await page.request.post(`/__mock/zaken/${zaak?.id ?? ''}/status`, { data: { statustype: 'Afgerond', resultaat: 'gecorrigeerd' } })
    expect(status.status()).toBe(201)
    await page.goto('/gegevens')
    await expect(regio(page, 'Uw kind Yusuf')).toContainText('El Amrani')
    await expect(regio(page, 'Uw kind Yusuf')).not.toContainText('El Amarni')

    // She disagrees after all: within 6 weeks the same zaak gets a step again.
    await page.goto('/correctieverzoeken')
    await doe.druk(page.getByRole('link', { name: /^Achternaam van Yusuf/ }))
    await expect(main).toContainText('het gegeven is aangepast')
    await doe.typ(page.getByRole('textbox', { name: 'Waarom bent u het niet eens met de uitkomst?' }), 'De voornaam is nu ook anders geschreven.')
    await doe.druk(page.getByRole('button', { name: 'Verzoek opnieuw laten bekijken' }))
    await expect(page.getByRole('status').filter({ hasText: /wordt opnieuw bekeken/ })).toBeVisible()
    await expectNoAxeViolations(page)
    const opnieuw = await ontvangen(page.request)
    expect(opnieuw.zaken.map((kandidaat) => kandidaat.status)).toEqual(['In behandeling'])
  })

  test('every wrong answer gets a clear message in the summary and at its field, and nothing is lost', async ({ page, mock }) => {
    test.slow()
    await login(page, FATIMA, 'Substantieel')
    await page.goto('/correctieverzoek')
    await page.getByRole('button', { name: 'Begin uw verzoek' }).click()
    await expect(samenvatting(page)).toContainText('Kies in welke registratie de fout staat.')
    await expect(page).toHaveTitle(/^Fout: /)
    await expectNoAxeViolations(page)
    await page.getByRole('combobox', { name: 'Waar staat de fout?' }).selectOption({ label: 'Basisregistratie Personen (BRP)' })
    await page.getByRole('button', { name: 'Begin uw verzoek' }).click()
    await expect(samenvatting(page)).toContainText('Kies welk gegeven niet klopt.')
    await page.getByRole('radio', { name: YUSUF }).check()
    await page.getByRole('button', { name: 'Begin uw verzoek' }).click()

    // Step 1: empty, then the value that is there now, then 10,000 characters.
    await page.getByRole('button', { name: 'Volgende' }).click()
    await expect(samenvatting(page)).toContainText('Vul in wat er moet staan.')
    await expect(samenvatting(page)).toContainText('Leg uit wat er niet klopt.')
    await expect(page).toHaveTitle(/^Fout: Wat klopt er niet\?/)
    await expectNoAxeViolations(page)
    await samenvatting(page).getByRole('link', { name: 'Vul in wat er moet staan.' }).click()
    const gewenst = page.getByRole('textbox', { name: 'Wat moet er staan bij Achternaam?' })
    await expect(gewenst).toBeFocused()
    await gewenst.fill('El Amarni')
    await page.getByRole('textbox', { name: 'Leg uit wat er niet klopt' }).fill('x'.repeat(10_000))
    await page.getByRole('button', { name: 'Volgende' }).click()
    await expect(samenvatting(page)).toContainText('Dit is hetzelfde als wat er nu staat (El Amarni).')
    await expect(samenvatting(page)).toContainText('Gebruik hoogstens 2000 tekens. U heeft er nu 10000.')
    await expect(gewenst).toHaveAccessibleDescription(/Dit is hetzelfde als wat er nu staat/)
    await expectNoAxeViolations(page)
    await gewenst.fill('El Amrani')
    // Emoji and right-to-left text are hers to use.
    await page.getByRole('textbox', { name: 'Leg uit wat er niet klopt' }).fill('Zijn naam is الأمراني, zo staat het op de akte 👦')
    await page.getByRole('button', { name: 'Volgende' }).click()

    // Step 2 starts clean: no errors of step 1 left, no "Fout:" in the title.
    await expect(stapKop(page, 'Contact met de organisatie')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Er is iets niet goed ingevuld' })).toHaveCount(0)
    await expect(page).toHaveTitle(/^Contact met de organisatie/)
    // Step 2: a day still to come, no answer.
    await groep(page, /^Had u al contact met/).getByRole('radio', { name: 'Ja' }).check()
    const wanneer = groep(page, /^Wanneer had u contact\?/)
    await wanneer.getByRole('textbox', { name: 'Dag' }).fill('1')
    await wanneer.getByRole('textbox', { name: 'Maand' }).fill('1')
    await wanneer.getByRole('textbox', { name: 'Jaar' }).fill('2099')
    await page.getByRole('button', { name: 'Volgende' }).click()
    await expect(samenvatting(page)).toContainText('De datum van het contact kan niet later zijn dan vandaag.')
    await expect(samenvatting(page)).toContainText('Vul in wat Gemeente Utrecht zei.')
    await expectNoAxeViolations(page)
    await wanneer.getByRole('textbox', { name: 'Jaar' }).fill('2026')
    await page.getByRole('textbox', { name: 'Wat zei Gemeente Utrecht?' }).fill('Ga naar het Meldpunt.')
    await page.getByRole('button', { name: 'Volgende' }).click()
    await page.getByRole('button', { name: 'Volgende' }).click()

    // Step 4: a renamed program, a file over 10 MB, and a sixth file.
    await expect(stapKop(page, 'Bewijs toevoegen')).toBeVisible()
    const bestand = () => page.getByLabel(/^Kies (nog )?een bestand$/)
    await bestand().setInputFiles(exeAlsPdf())
    await expect(page.getByText('Dit soort bestand kunt u niet uploaden. Kies een bestand van het type PDF, JPG, JPEG of PNG.').first()).toBeVisible()
    await expectNoAxeViolations(page)
    await bestand().setInputFiles(pdf('groot.pdf', 11_000_000))
    await expect(page.getByText(/Het bestand is te groot\. Kies een bestand van maximaal 10 MB\./).first()).toBeVisible()
    for (const nummer of [1, 2, 3, 4, 5]) {
      await bestand().setInputFiles(png(`akte-${nummer}.png`))
      await expect(page.getByRole('listitem').filter({ hasText: `akte-${nummer}.png` })).toBeVisible()
    }
    // Said at once (the live region) and shown where the field was.
    await expect(page.getByRole('status').filter({ hasText: 'akte-5.png is toegevoegd.' })).toContainText('Meer kan niet.')
    await expect(page.getByRole('main').locator('p:not([role])').filter({ hasText: 'U heeft 5 bestanden toegevoegd. Meer kan niet.' })).toBeVisible()
    await expect(bestand()).toHaveCount(0)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Verwijder akte-5.png' }).click()
    await expect(bestand()).toBeVisible()
    await page.getByRole('button', { name: 'Volgende' }).click()

    // Step 5: an e-mail address that is none.
    await groep(page, /^Hoe wilt u dat het Meldpunt/).getByRole('radio', { name: 'Per e-mail' }).check()
    await page.getByRole('textbox', { name: 'Uw e-mailadres' }).fill('fatima')
    await page.getByRole('button', { name: 'Volgende' }).click()
    await expect(samenvatting(page)).toContainText('Vul een e-mailadres in zoals naam@voorbeeld.nl.')
    await expectNoAxeViolations(page)
    await page.getByRole('textbox', { name: 'Uw e-mailadres' }).fill('fatima@example.nl')
    await page.getByRole('button', { name: 'Volgende' }).click()

    // The service is down: a clear message; after a reload everything is still there, files included.
    await mock.fault({ path: '/api/correctieverzoeken', method: 'POST', status: 500, times: 1 })
    await page.getByRole('button', { name: 'Verstuur uw verzoek' }).click()
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.reload()
    const main = page.getByRole('main')
    await expect(stapKop(page, 'Controleer uw verzoek')).toBeVisible()
    for (const tekst of ['El Amrani', 'الأمراني', '👦', 'akte-4.png', 'fatima@example.nl']) await expect(main).toContainText(tekst)
    // A double click sends once.
    await page.getByRole('button', { name: 'Verstuur uw verzoek' }).dblclick()
    await expect(page.getByRole('heading', { level: 2, name: 'Uw verzoek is verstuurd' })).toBeVisible()
    await expect(main).toContainText('الأمراني')
    const { posts, sleutels, verzoeken, zaken } = await ontvangen(page.request)
    expect(posts.length).toBeGreaterThanOrEqual(2)
    expect(sleutels.size).toBe(1)
    expect([verzoeken.length, zaken.length]).toEqual([1, 1])
  })

  test('offline, the request waits visibly and goes out once when she is back, also after closing the tab', async ({ page, context, mock: _ }) => {
    test.slow()
    await beginVoorYusuf(page)
    await vulAllesIn(page)
    // A reload keeps the step and the answers.
    await page.reload()
    await expect(page.getByRole('main')).toContainText('El Amrani')

    await context.setOffline(true)
    await page.getByRole('button', { name: 'Verstuur uw verzoek' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Uw verzoek wordt verstuurd zodra u weer online bent.' })).toBeVisible()
    await expect(page.getByRole('link', { name: /^Wijzigen/ })).toHaveCount(0)
    await expectNoAxeViolations(page)
    // She closes the tab while offline; later she opens the app again, online, and logs in.
    await page.close()
    await context.setOffline(false)
    expect((await ontvangen(context.request)).posts).toHaveLength(0)
    const opnieuw = await context.newPage()
    await inloggenInNieuwTabblad(opnieuw)
    await expect.poll(async () => (await ontvangen(opnieuw.request)).verzoeken.length).toBe(1)
    const { posts, zaken } = await ontvangen(opnieuw.request)
    expect([posts.length, zaken.length]).toEqual([1, 1])
    // It is no longer a draft.
    await opnieuw.goto('/correctieverzoek')
    await expect(opnieuw.getByText(/U heeft een verzoek dat u nog niet verstuurd heeft/)).toHaveCount(0)
    await opnieuw.goto('/correctieverzoeken')
    await expect(opnieuw.getByRole('link', { name: /^Achternaam van Yusuf/ })).toHaveCount(1)
  })

  test('"Verwijder concept" discards the draft after a confirmation; a new tab still has an unsent draft', async ({ page, context, mock: _ }) => {
    await beginVoorYusuf(page, 'Midden')
    await page.getByRole('textbox', { name: 'Wat moet er staan bij Achternaam?' }).fill('El Amrani')
    await page.getByRole('textbox', { name: 'Leg uit wat er niet klopt' }).fill('Zo staat het op de akte.')
    await page.getByRole('button', { name: 'Volgende' }).click()
    await expect(stapKop(page, 'Contact met de organisatie')).toBeVisible()

    const tweede = await context.newPage()
    await inloggenInNieuwTabblad(tweede)
    await tweede.goto('/correctieverzoek')
    await expect(tweede.getByText('U heeft een verzoek dat u nog niet verstuurd heeft: Achternaam van Yusuf El Amarni (uw kind).')).toBeVisible()
    await tweede.getByRole('link', { name: 'Ga verder met uw verzoek' }).click()
    // The first step that is not answered yet.
    await expect(stapKop(tweede, 'Contact met de organisatie')).toBeVisible()
    await tabTo(tweede, tweede.getByRole('button', { name: 'Verwijder concept' }), 80)
    await tweede.keyboard.press('Enter')
    const dialoog = tweede.getByRole('dialog', { name: 'Concept verwijderen?' })
    await expect(dialoog).toBeVisible()
    await expectNoAxeViolations(tweede)
    await dialoog.getByRole('button', { name: 'Ja, verwijder het concept' }).click()
    await expect(tweede.getByRole('heading', { level: 1, name: 'Een fout in uw gegevens laten aanpassen' })).toBeVisible()
    await expect(tweede.getByText(/U heeft een verzoek dat u nog niet verstuurd heeft/)).toHaveCount(0)
    await tweede.goto('/correctieverzoek/contact')
    await expect(tweede.getByRole('heading', { level: 1, name: 'Een fout in uw gegevens laten aanpassen' })).toBeVisible()
  })
})
