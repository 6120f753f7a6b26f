import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, login, PERSONS, test } from './support/fixtures'
import { tabTo } from './support/keyboard'

const PAD = '/berichten/instellingen'
const API = '/api/berichtenbox/instellingen'
const ADRES = 'fatima.elamrani@voorbeeld.nl'

/** The mock never sends e-mail: what it "sent" is in its outbox, GET /__mock/mail?aan= (newest first), code and all. */
async function verificatiecode(page: Page, aan: string = ADRES): Promise<string> {
  const response = await page.request.get(`/__mock/mail?aan=${encodeURIComponent(aan)}`)
  expect(response.status()).toBe(200)
  const mails: unknown = await response.json()
  const [laatste] = (Array.isArray(mails) ? mails : []).flatMap((mail: unknown) => {
    const tekst: unknown = typeof mail === 'object' && mail !== null && 'tekst' in mail ? mail.tekst : null
    const code = typeof tekst === 'string' ? /\b(\d{6})\b/.exec(tekst)?.[1] : undefined
    return code ? [code] : []
  })
  if (!laatste) throw new Error('De mock heeft geen e-mail met een code verstuurd.')
  return laatste
}

/** Six digits, but not the right ones. */
function verkeerdeCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0')
}

async function openInstellingen(page: Page): Promise<void> {
  // Changing the notification e-mail needs DigiD Substantieel (DESIGN.md §4); the step-up itself has its own test.
  await login(page, PERSONS.fatima.name, 'Substantieel')
  await page.goto(PAD)
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen Berichtenbox' })).toBeVisible()
  await expect(page).toHaveTitle(/Instellingen Berichtenbox/)
  await expect(emailVeld(page)).toBeVisible()
}

const emailVeld = (page: Page) => page.getByRole('textbox', { name: 'E-mailadres' })
const codeVeld = (page: Page) => page.getByRole('textbox', { name: 'Verificatiecode' })
/** The error summary: a group that takes focus after a failed submit (no alert role as well: one announcement). */
const foutoverzicht = (page: Page) => page.locator('.error-summary').filter({ has: page.getByRole('heading', { name: 'Er is iets niet goed ingevuld' }) })

/** The summary box (inside its live region) has the focus, as after a submit with errors. */
async function expectFocusIn(target: Locator): Promise<void> {
  await expect.poll(() => target.evaluate((element) => element.contains(document.activeElement))).toBe(true)
}

test.describe('Instellingen Berichtenbox', () => {
  test('e-mail: three wrong codes, a new code, then confirmed', async ({ page, mock: _ }) => {
    await openInstellingen(page)
    await expect(page.getByText('U heeft nog geen e-mailadres opgegeven.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Terug naar Berichten' })).toHaveAttribute('href', '/berichten')
    await expectNoAxeViolations(page)

    await expect(emailVeld(page)).toHaveAttribute('type', 'email')
    await expect(emailVeld(page)).toHaveAttribute('autocomplete', 'email')
    await emailVeld(page).fill(ADRES)
    await page.getByRole('button', { name: 'Code versturen' }).click()
    await expect(codeVeld(page)).toBeFocused()
    await expect(page.getByText(`We hebben een code gestuurd naar ${ADRES}.`)).toBeVisible()
    await expect(page.getByText('Dit e-mailadres is nog niet bevestigd.')).toBeVisible()
    await expect(codeVeld(page)).toHaveAttribute('inputmode', 'numeric')
    await expect(codeVeld(page)).toHaveAttribute('autocomplete', 'one-time-code')

    const fout = verkeerdeCode(await verificatiecode(page))
    await codeVeld(page).fill(fout)
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    const eersteFout = 'De code klopt niet. U kunt het nog 2 keer proberen.'
    await expectFocusIn(foutoverzicht(page))
    await expect(foutoverzicht(page).getByRole('link', { name: eersteFout })).toBeVisible()
    await expect(codeVeld(page)).toHaveAttribute('aria-invalid', 'true')
    await expect(codeVeld(page)).toHaveAccessibleDescription(new RegExp(eersteFout))
    await expect(codeVeld(page), 'wat de persoon typte blijft staan').toHaveValue(fout)
    await expectNoAxeViolations(page)

    // The link in the summary takes the person to the field.
    await foutoverzicht(page).getByRole('link', { name: eersteFout }).click()
    await expect(codeVeld(page)).toBeFocused()

    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await expect(foutoverzicht(page)).toContainText('De code klopt niet. U kunt het nog 1 keer proberen.')
    await page.getByRole('button', { name: 'Bevestigen' }).click()

    const teVaak = 'U heeft 3 keer een verkeerde code ingevuld. Daarom werkt deze code niet meer. Vraag een nieuwe code aan.'
    await expect(foutoverzicht(page).getByRole('link', { name: teVaak })).toBeVisible()
    await expectFocusIn(foutoverzicht(page))
    await expect(codeVeld(page)).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Bevestigen' })).toHaveCount(0)
    await expectNoAxeViolations(page)
    await foutoverzicht(page).getByRole('link', { name: teVaak }).click()
    await expect(page.getByRole('button', { name: 'Nieuwe code versturen' })).toBeFocused()

    await page.getByRole('button', { name: 'Nieuwe code versturen' }).click()
    await expect(codeVeld(page)).toBeFocused()
    await expect(codeVeld(page)).toHaveValue('')
    await expect(page.getByText(`We hebben een nieuwe code gestuurd naar ${ADRES}.`)).toBeVisible()
    await expect(foutoverzicht(page)).toHaveCount(0)

    // People copy codes with a space in the middle; that is fine.
    const code = await verificatiecode(page)
    await codeVeld(page).fill(`${code.slice(0, 3)} ${code.slice(3)}`)
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    // Focus goes to the message itself: that is its announcement (no live region as well).
    const bevestigd = page.locator('.utrecht-alert').filter({ hasText: 'Uw e-mailadres is bevestigd.' })
    await expect(bevestigd).toBeVisible()
    await expectFocusIn(bevestigd)
    await expect(page.getByText('Dit e-mailadres is bevestigd.')).toBeVisible()
    await expect(codeVeld(page)).toHaveCount(0)
    await expectNoAxeViolations(page)

    await page.reload()
    await expect(page.getByText(ADRES)).toBeVisible()
    await expect(page.getByText('Dit e-mailadres is bevestigd.')).toBeVisible()
  })

  test('organisations and reminder: switched off, saved, still off after a reload', async ({ page, mock: _ }) => {
    await openInstellingen(page)
    const groep = page.getByRole('group', { name: 'Welke organisaties mogen u digitaal post sturen?' })
    const uwv = groep.getByRole('checkbox', { name: 'UWV' })
    const herinnering = page.getByRole('checkbox', { name: 'Stuur mij een herinnering als ik post niet heb gelezen' })
    await expect(groep.getByRole('checkbox')).toHaveCount(8)
    await expect(uwv).toBeChecked()
    await expect(herinnering).toBeChecked()

    await uwv.uncheck()
    await herinnering.uncheck()
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Uw instellingen zijn opgeslagen.' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.reload()
    await expect(uwv).not.toBeChecked()
    await expect(herinnering).not.toBeChecked()
    await expect(groep.getByRole('checkbox', { name: 'Belastingdienst' })).toBeChecked()
  })

  test('a failed save keeps the choices, says so, and the retry saves them', async ({ page, mock }) => {
    await openInstellingen(page)
    await mock.fault({ path: API, method: 'PUT', status: 500 })
    const duo = page.getByRole('checkbox', { name: 'DUO' })
    await duo.uncheck()
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click()
    const probleem = page.getByRole('alert').filter({ hasText: 'Er is een probleem met de dienst' })
    await expect(probleem).toBeVisible()
    await expect(duo).not.toBeChecked()
    await expect(page.getByText('Uw instellingen zijn opgeslagen.')).toHaveCount(0)

    await probleem.getByRole('button', { name: 'Probeer opnieuw' }).click()
    await expect(page.getByText('Uw instellingen zijn opgeslagen.')).toBeVisible()
    await expect(probleem).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Instellingen opslaan' }), 'de focus blijft in het formulier').toBeFocused()
    await page.reload()
    await expect(duo).not.toBeChecked()
  })

  test('input is checked in the browser first: empty, not an address, not 6 digits', async ({ page, mock }) => {
    await openInstellingen(page)
    await page.getByRole('button', { name: 'Code versturen' }).click()
    await expectFocusIn(foutoverzicht(page))
    await expect(foutoverzicht(page).getByRole('link', { name: 'Vul uw e-mailadres in.' })).toBeVisible()
    await expect(emailVeld(page)).toHaveAttribute('aria-invalid', 'true')
    await expect(emailVeld(page)).toHaveAccessibleDescription(/Vul uw e-mailadres in\./)
    await expectNoAxeViolations(page)

    await emailVeld(page).fill('fatima@')
    await page.getByRole('button', { name: 'Code versturen' }).click()
    await expect(foutoverzicht(page)).toContainText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.')
    await expect(emailVeld(page)).toHaveValue('fatima@')
    expect(await mock.requests(`${API}/email`), 'niets naar de dienst gestuurd').toEqual([])

    await emailVeld(page).fill(ADRES)
    await page.getByRole('button', { name: 'Code versturen' }).click()
    await expect(codeVeld(page)).toBeFocused()
    await expect(emailVeld(page)).not.toHaveAttribute('aria-invalid', 'true')
    // The valid address did reach the service: the empty log above was not an empty log by accident.
    expect(await mock.requests(`${API}/email`)).toHaveLength(1)

    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await expect(foutoverzicht(page)).toContainText('Vul de code in die we u hebben gemaild.')
    await codeVeld(page).fill('12a45')
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await expect(foutoverzicht(page)).toContainText('De code bestaat uit 6 cijfers.')
    await expect(codeVeld(page)).toHaveValue('12a45')
    expect(await mock.requests(`${API}/email/verificatie`)).toEqual([])
    // A code of the right form does go to the service, so the check above could have seen one.
    await codeVeld(page).fill(verkeerdeCode(await verificatiecode(page)))
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await expect(foutoverzicht(page)).toContainText('De code klopt niet.')
    expect(await mock.requests(`${API}/email/verificatie`)).toHaveLength(1)
  })

  test('a double click sends one code', async ({ page, mock }) => {
    await openInstellingen(page)
    await mock.fault({ path: `${API}/email`, method: 'POST', delayMs: 1500 })
    await emailVeld(page).fill(ADRES)
    const knop = page.getByRole('button', { name: 'Code versturen' })
    await knop.click()
    await expect(knop).toHaveAttribute('aria-busy', 'true')
    await knop.click()
    await knop.click()
    await expect(codeVeld(page)).toBeVisible()
    const posts = (await mock.requests(`${API}/email`)).filter((request) => request.method === 'POST' && request.path === `${API}/email`)
    expect(posts).toHaveLength(1)
  })

  test('by keyboard alone: address, code, confirmed, an organisation off and saved', async ({ page, mock: _ }) => {
    await openInstellingen(page)
    await tabTo(page, emailVeld(page))
    await page.keyboard.type(ADRES)
    await page.keyboard.press('Enter')
    await expect(codeVeld(page)).toBeFocused()
    await page.keyboard.type(verkeerdeCode(await verificatiecode(page)))
    await page.keyboard.press('Enter')
    await expectFocusIn(foutoverzicht(page))
    await tabTo(page, foutoverzicht(page).getByRole('link', { name: /De code klopt niet/ }))
    await page.keyboard.press('Enter')
    await expect(codeVeld(page)).toBeFocused()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(await verificatiecode(page))
    await page.keyboard.press('Enter')
    await expectFocusIn(page.locator('.utrecht-alert').filter({ hasText: 'Uw e-mailadres is bevestigd.' }))

    const rdw = page.getByRole('checkbox', { name: 'RDW' })
    await tabTo(page, rdw)
    await page.keyboard.press('Space')
    await expect(rdw).not.toBeChecked()
    await tabTo(page, page.getByRole('button', { name: 'Instellingen opslaan' }))
    await page.keyboard.press('Enter')
    await expect(page.getByText('Uw instellingen zijn opgeslagen.')).toBeVisible()
  })

  test('a 500 on loading: "Er is een probleem met de dienst", and retrying works', async ({ page, mock }) => {
    await login(page, PERSONS.fatima.name, 'Substantieel')
    await mock.fault({ path: API, status: 500, times: 3 })
    await page.goto(PAD)
    const probleem = page.getByRole('alert').filter({ hasText: 'Er is een probleem met de dienst' })
    await expect(probleem).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen Berichtenbox' })).toBeVisible()
    await expectNoAxeViolations(page)

    // The app does not repeat a 500 by itself (only 502/503/504): the service is down for two more tries.
    const opnieuw = probleem.getByRole('button', { name: 'Probeer opnieuw' })
    for (let poging = 0; poging < 2; poging += 1) {
      const antwoord = page.waitForResponse((response) => new URL(response.url()).pathname === API)
      await opnieuw.click()
      expect((await antwoord).status()).toBe(500)
      await expect(opnieuw).not.toHaveAttribute('aria-busy', 'true')
      await expect(probleem).toBeVisible()
    }
    await opnieuw.click()
    await expect(emailVeld(page)).toBeVisible()
    await expect(probleem).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  })

  test('garbled data: a clear message, and retrying works', async ({ page, mock }) => {
    await login(page, PERSONS.fatima.name, 'Substantieel')
    await mock.fault({ path: API, method: 'GET', malformed: true })
    await page.goto(PAD)
    const probleem = page.getByRole('alert').filter({ hasText: 'We konden de gegevens niet goed lezen' })
    await expect(probleem).toBeVisible()
    await probleem.getByRole('button', { name: 'Probeer opnieuw' }).click()
    await expect(emailVeld(page)).toBeVisible()
  })
})
