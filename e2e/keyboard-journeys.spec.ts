import type { Locator, Page } from '@playwright/test'
import { onderwerpen, wachtOpLijst } from './support/berichten'
import { expect, PERSONS, test, type DigidLevel } from './support/fixtures'
import { expectVisibleFocus, press, tabToVisibly, typeText } from './support/focus'
import { bediening, stapKop } from './support/mfo'

/**
 * The main journeys by keyboard alone, with the focus measured after every key press (support/focus.ts):
 * never on <body>, never hidden, and always with an indicator of at least 2 px and 3:1. Only the first
 * page of a journey is opened with page.goto; everything after is Tab, Shift+Tab, arrows, Space and Enter.
 */

const ANNA = 'Anna de Vries-Bakker'
const KEES_BSN = '999990044'
const hoofdmenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })
const schemes = ['light', 'dark'] as const

// The mobile project emulates a touch screen at 320 px: these journeys are for a keyboard, at 1280 px.
test.skip(({ hasTouch }) => hasTouch, 'The mobile project emulates touch; keyboard journeys run at desktop width')

/** A radio button: Tab reaches its group (at the checked one, or the first), the arrows move and check. */
async function chooseRadio(page: Page, radio: Locator): Promise<void> {
  const name = await radio.getAttribute('name')
  const inGroup = () => page.evaluate((group) => document.activeElement instanceof HTMLInputElement && document.activeElement.name === group, name)
  for (let count = 0; count < 60 && !(await inGroup()); count += 1) await press(page, 'Tab')
  expect(await inGroup(), `de groep van ${name} is bereikbaar met Tab`).toBe(true)
  for (let count = 0; count < 20 && !(await radio.isChecked()); count += 1) {
    if (await radio.evaluate((element) => element === document.activeElement)) await press(page, 'Space')
    else await press(page, 'ArrowDown')
  }
  await expect(radio).toBeChecked()
}

async function activate(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  await tabToVisibly(page, target, maxPresses)
  await press(page, 'Enter')
}

/** From the app's login page through the mock DigiD to the overview, by keyboard. */
async function loginByKeyboard(page: Page, person: string, level: DigidLevel = 'Midden'): Promise<void> {
  await page.goto('/inloggen')
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible()
  await activate(page, page.getByRole('button', { name: 'Inloggen met DigiD' }))
  await expect(page).toHaveTitle(/Inloggen met DigiD/)
  await chooseRadio(page, page.getByRole('radio', { name: new RegExp(`^${person}`) }))
  await chooseRadio(page, page.getByRole('radio', { name: new RegExp(`^${level}`) }))
  await activate(page, page.getByRole('button', { name: 'Inloggen', exact: true }))
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
  await expect(page.getByText(`Ingelogd als ${person}`)).toBeVisible()
}

test.describe('Keyboard alone, focus always visible', () => {
  // Every key press is followed by a measurement, on a machine that may be busy: more than the 30 s default.
  test.describe.configure({ timeout: 60_000 })

  for (const scheme of schemes) {
    test(`login with DigiD and logout (${scheme})`, async ({ page, mock: _ }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await loginByKeyboard(page, PERSONS.fatima.name)
      await expect(page.getByText(`Welkom, ${PERSONS.fatima.name}`)).toBeVisible()
      await expect(page.getByText('U bent ingelogd met DigiD Midden.')).toBeVisible()
      // The skip link is the first stop and shows itself; it takes the person to the content.
      await activate(page, page.getByRole('link', { name: /naar de inhoud/i }), 10)
      await expectVisibleFocus(page, 'de skiplink')
      await activate(page, page.getByRole('button', { name: 'Uitloggen' }), 80)
      await expect(page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' })).toBeVisible()
      await activate(page, page.getByRole('link', { name: 'Opnieuw inloggen' }))
      await expect(page.getByRole('button', { name: 'Inloggen met DigiD' })).toBeVisible()
    })

    test(`read a letter and archive it (${scheme})`, async ({ page, mock: _ }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await loginByKeyboard(page, PERSONS.fatima.name)
      await activate(page, hoofdmenu(page).getByRole('link', { name: /^Berichten/ }))
      await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible()
      await wachtOpLijst(page)
      const onderwerp = ((await onderwerpen(page).first().textContent()) ?? '').trim()
      await activate(page, onderwerpen(page).first().getByRole('link'))
      await expect(page.getByRole('heading', { level: 1, name: onderwerp })).toBeVisible()
      await expect(page.getByText('Belastingdienst').first()).toBeVisible()

      await activate(page, page.getByRole('button', { name: 'Archiveren' }))
      await expect(page.getByRole('status').filter({ hasText: 'Het bericht staat nu in het Archief.' })).toBeVisible()
      await wachtOpLijst(page)
      // The button that was pressed is gone: the focus must have gone somewhere a person can see.
      await expectVisibleFocus(page, 'archiveren')
      await expect(onderwerpen(page).filter({ hasText: onderwerp })).toHaveCount(0)

      await activate(page, page.getByRole('navigation', { name: 'Mappen' }).getByRole('link', { name: /^Archief/ }))
      await expect(page.getByRole('heading', { level: 2, name: 'Archief' })).toBeVisible()
      await wachtOpLijst(page)
      await expectVisibleFocus(page, 'naar het Archief')
      await expect(onderwerpen(page).filter({ hasText: onderwerp })).toHaveCount(1)
    })
  }

  test('follow a zaak and upload the document it asks for', async ({ page, mock: _ }) => {
    await loginByKeyboard(page, PERSONS.fatima.name)
    await activate(page, hoofdmenu(page).getByRole('link', { name: 'Zaken', exact: true }))
    await expect(page.getByRole('heading', { level: 1, name: 'Lopende zaken' })).toBeVisible()
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
    await activate(page, page.getByRole('link', { name: /^Parkeervergunning/ }))
    await expect(page.getByRole('heading', { level: 1, name: /^Parkeervergunning/ })).toBeVisible()
    await expect(page.locator('[aria-current="step"]')).toContainText('Nu')
    await expect(page.getByRole('heading', { level: 2, name: 'Wat u moet doen' })).toBeVisible()

    // Space on the file input opens the browser's own file picker; the test answers it.
    await tabToVisibly(page, page.getByLabel('Kies een bestand'))
    const [picker] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'Space')])
    await picker.setFiles({ name: 'huurcontract.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') })
    await expect(page.getByRole('status').filter({ hasText: 'Gelukt. U heeft de taak gedaan' })).toBeVisible()
    // The upload form is gone with the task: the focus must land somewhere visible, not on <body>.
    await expectVisibleFocus(page, 'het uploaden')
    await expect(page.getByRole('region', { name: 'Geschiedenis van uw zaak' }).getByText('huurcontract.pdf')).toHaveCount(1)
    await tabToVisibly(page, page.getByRole('region', { name: 'Een vraag stellen over deze zaak' }).getByRole('textbox', { name: 'Uw vraag' }), 80)
  })

  test('grant a machtiging and revoke it', async ({ page, mock: _ }) => {
    // Granting needs DigiD Substantieel: Anna logs in with it, so there is no step-up in between.
    await loginByKeyboard(page, ANNA, 'Substantieel')
    await activate(page, hoofdmenu(page).getByRole('link', { name: 'Machtigingen', exact: true }))
    await expect(page.getByRole('heading', { level: 1, name: 'Machtigingen' })).toBeVisible()
    await activate(page, page.getByRole('link', { name: 'Iemand machtigen' }))
    await expect(page.getByRole('heading', { level: 1, name: 'Iemand machtigen' })).toBeVisible()

    const volgende = page.getByRole('button', { name: 'Volgende' })
    await tabToVisibly(page, page.getByRole('textbox', { name: /Burgerservicenummer/ }))
    await typeText(page, KEES_BSN)
    await activate(page, volgende)
    await expect(page.getByRole('heading', { name: 'Waarvoor?' })).toBeVisible()
    await tabToVisibly(page, page.getByRole('checkbox', { name: /Berichtenbox/ }))
    await press(page, 'Space')
    await expect(page.getByRole('checkbox', { name: /Berichtenbox/ })).toBeChecked()
    await chooseRadio(page, page.getByRole('group', { name: /Berichtenbox: post van welke organisaties/ }).getByRole('radio', { name: 'Alle organisaties' }))
    await activate(page, volgende)

    await expect(page.getByRole('heading', { name: 'Tot wanneer?' })).toBeVisible()
    for (const [veld, waarde] of [['Dag', '31'], ['Maand', '3'], ['Jaar', String(new Date().getFullYear() + 1)]] as const) {
      await tabToVisibly(page, page.getByRole('textbox', { name: veld }))
      await typeText(page, waarde)
    }
    await activate(page, volgende)
    await expect(page.getByRole('heading', { name: 'Controleren' })).toBeVisible()
    await expect(page.getByRole('main')).toContainText('9999 90 044')
    await activate(page, page.getByRole('button', { name: 'Machtiging geven' }))

    await expect(page.getByRole('heading', { level: 1, name: 'Machtigingen' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: `burgerservicenummer ${KEES_BSN}` })).toBeVisible()
    const nieuwe = page.getByRole('listitem').filter({ hasText: `burgerservicenummer ${KEES_BSN}` })
    await expect(nieuwe).toContainText('Wacht op acceptatie')
    await expectVisibleFocus(page, 'machtiging geven')

    await activate(page, nieuwe.getByRole('button', { name: /intrekken$/ }), 80)
    const dialoog = page.getByRole('dialog', { name: 'Machtiging intrekken?' })
    await expect(dialoog.getByRole('button', { name: 'Nee, niet intrekken' })).toBeFocused()
    await activate(page, dialoog.getByRole('button', { name: 'Ja, intrekken' }), 5)
    await expect(dialoog).toBeHidden()
    await expect(nieuwe).toContainText('Ingetrokken')
    // The dialog and its opener are gone: the focus must not fall back to <body>.
    await expectVisibleFocus(page, 'het intrekken')
  })

  test('submit an MFO correctieverzoek and follow it as a zaak', async ({ page, mock: _ }) => {
    const doe = bediening(page, true, (key) => expectVisibleFocus(page, key))
    // Sending needs DigiD Substantieel: logged in with it, there is no step-up in between.
    await loginByKeyboard(page, PERSONS.fatima.name, 'Substantieel')
    await activate(page, hoofdmenu(page).getByRole('link', { name: 'Gegevens', exact: true }))
    await expect(page.getByRole('heading', { level: 1, name: 'Persoonlijke gegevens' })).toBeVisible()
    await activate(page, page.getByRole('link', { name: 'Klopt dit niet? Achternaam (geslachtsnaam) van Yusuf' }), 120)
    await expect(page.getByRole('heading', { level: 1, name: 'Een fout in uw gegevens laten aanpassen' })).toBeVisible()
    await expect(page.getByRole('radio', { name: /^Achternaam van Yusuf El Amarni/ })).toBeChecked()
    await doe.druk(page.getByRole('button', { name: 'Begin uw verzoek' }))

    await expect(stapKop(page, 'Wat klopt er niet?')).toBeFocused()
    await doe.typ(page.getByRole('textbox', { name: 'Wat moet er staan bij Achternaam?' }), 'El Amrani')
    await doe.typ(page.getByRole('textbox', { name: 'Leg uit wat er niet klopt' }), 'Op zijn geboorteakte staat El Amrani.')
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))
    await expect(stapKop(page, 'Contact met de organisatie')).toBeFocused()
    await doe.kies(page.getByRole('group', { name: /^Had u al contact met/ }), 'Nee, nog niet')
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))
    await expect(stapKop(page, 'Wat merkt u van de fout?')).toBeFocused()
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))
    await expect(stapKop(page, 'Bewijs toevoegen')).toBeFocused()
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))
    await expect(stapKop(page, 'Hoe wilt u contact?')).toBeFocused()
    await doe.kies(page.getByRole('group', { name: /^Hoe wilt u dat het Meldpunt/ }), 'Per post')
    await doe.druk(page.getByRole('button', { name: 'Volgende' }))
    await expect(stapKop(page, 'Controleer uw verzoek')).toBeFocused()
    await expect(page.getByRole('main')).toContainText('El Amrani')
    await doe.druk(page.getByRole('button', { name: 'Verstuur uw verzoek' }))

    await expect(page.getByRole('heading', { level: 2, name: 'Uw verzoek is verstuurd' })).toBeVisible()
    await expect(page.getByRole('main')).toContainText(/MFO-\d{4}-\d{6}/)
    await expectVisibleFocus(page, 'versturen')
    await doe.druk(page.getByRole('link', { name: /^Volg uw verzoek bij Lopende zaken/ }))
    await expect(page.getByRole('heading', { level: 1, name: /^Correctieverzoek/ })).toBeVisible()
    await expect(page.locator('[aria-current="step"]')).toContainText('Ontvangen')
    await expectVisibleFocus(page, 'naar de zaak')
  })
})
