import type { Locator, Page } from '@playwright/test'
import { berichtenLijst, naarMap, openBerichten, wachtOpLijst } from './support/berichten'
import { expect, expectNoAxeViolations, login, loginOnDigid, PERSONS, test } from './support/fixtures'
import { tabTo } from './support/keyboard'
import { loginNamens, namensBanner } from './support/namens'
import { changedPixels, edgeLines, expectForcedColours, expectStateVisible, inkPixels, regionAround, shoot, type Region } from './support/pixels'

/**
 * Windows High Contrast and the like: the browser swaps every colour for a system colour and drops
 * backgrounds, so a state shown by colour alone disappears. Each test here takes the same part of the
 * screen with and without a state and measures the difference, or measures an edge that must be there.
 */

const hoofdmenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })

/** No focus anywhere and the pointer off the page: the "without" picture shows no focus or hover by accident. */
async function rust(page: Page): Promise<void> {
  await page.mouse.move(0, 0)
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  })
}

/** Keyboard focus on and off the same control: the focus indicator must be visible in forced colours. */
async function expectFocusVisible(page: Page, what: string, control: Locator): Promise<void> {
  await expectStateVisible(page, `focus op ${what}`, control, { without: () => rust(page), with: () => tabTo(page, control) })
}

/** A thin strip across the left edge of a box, away from its corners: where its border or bar must be. */
async function leftEdge(box: Locator): Promise<Region> {
  const outer = await regionAround(box, 0)
  return { x: Math.max(0, outer.x - 8), y: outer.y + Math.round(outer.height * 0.25), width: 24, height: Math.max(8, Math.round(outer.height * 0.5)) }
}

/** The same for the top edge. */
async function topEdge(box: Locator): Promise<Region> {
  const outer = await regionAround(box, 0)
  return { x: outer.x + Math.round(outer.width * 0.1), y: Math.max(0, outer.y - 6), width: Math.round(outer.width * 0.8), height: 18 }
}

test.describe('Forced colours: elke toestand blijft zichtbaar', () => {
  test.beforeEach(async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'mobile', 'Forced colours do not depend on the width; measured once, at 1280 px')
    // A login, several screenshots and axe scans per test: more than one journey's time.
    test.slow()
    await page.emulateMedia({ forcedColors: 'active' })
  })

  test('a form: focus on link, button, text field, checkbox and radio; checked; an error and the error summary', async ({ page, mock: _ }) => {
    await page.goto('/inloggen')
    await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await expect(page).toHaveTitle(/Inloggen met DigiD/)
    await expectForcedColours(page)
    const persoon = page.getByRole('radio', { name: new RegExp(`^${PERSONS.fatima.name}`) })
    await expectStateVisible(page, 'DigiD: gekozen persoon (radio)', persoon, { without: () => rust(page), with: async () => (await persoon.check(), await rust(page)) })
    await expectNoAxeViolations(page)
    await loginOnDigid(page, PERSONS.fatima.name)
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()

    await page.goto('/machtigingen/nieuw')
    await expect(page.getByRole('heading', { level: 1, name: 'Iemand machtigen' })).toBeVisible()
    await expectForcedColours(page)
    await expectNoAxeViolations(page)
    const bsn = page.getByRole('textbox', { name: /Burgerservicenummer/ })
    const volgende = page.getByRole('button', { name: 'Volgende' })
    await expectFocusVisible(page, 'een link', hoofdmenu(page).getByRole('link', { name: 'Overzicht' }))
    await expectFocusVisible(page, 'een tekstveld', bsn)
    await expectFocusVisible(page, 'een knop', volgende)

    // The same field with the same value, before and after it was found wrong.
    const bsnVeld = page.locator('.utrecht-form-field').filter({ has: bsn })
    await bsn.fill('123456789')
    await expectStateVisible(page, 'veld met fout', bsnVeld, { without: () => rust(page), with: async () => (await volgende.click(), await rust(page)) }, 200)
    await expect(bsn).toHaveAttribute('aria-invalid', 'true')
    expect(edgeLines(await shoot(page, await leftEdge(bsnVeld), 'veld-met-fout-links'), 'columns'), 'veld met fout: de balk links').toBeGreaterThanOrEqual(3)
    const foutmelding = bsnVeld.getByText(/geen geldig burgerservicenummer/)
    expect(inkPixels(await shoot(page, await regionAround(foutmelding, 2)), 4.5), 'foutmelding bij het veld leesbaar').toBeGreaterThan(150)
    const samenvatting = page.locator('.error-summary')
    await expect(samenvatting).toContainText('Er is iets niet goed ingevuld')
    expect(edgeLines(await shoot(page, await leftEdge(samenvatting), 'foutoverzicht-links'), 'columns'), 'foutoverzicht: de balk links blijft').toBeGreaterThanOrEqual(3)
    expect(inkPixels(await shoot(page, await regionAround(samenvatting, 0)), 4.5), 'foutoverzicht leesbaar').toBeGreaterThan(500)
    await expectNoAxeViolations(page)

    await bsn.fill('999990044')
    await volgende.click()
    await expect(page.getByRole('heading', { name: 'Waarvoor?' })).toBeVisible()
    const berichtenbox = page.getByRole('checkbox', { name: /Berichtenbox/ })
    await expectFocusVisible(page, 'een checkbox', berichtenbox)
    await expectStateVisible(page, 'checkbox aangevinkt', berichtenbox, {
      without: () => rust(page),
      with: async () => (await tabTo(page, berichtenbox), await page.keyboard.press('Space'), await rust(page)),
    })
    await expect(berichtenbox).toBeChecked()
    const organisaties = page.getByRole('group', { name: /Berichtenbox: post van welke organisaties/ })
    const eersteKeuze = organisaties.getByRole('radio').first()
    await expectFocusVisible(page, 'een radioknop', eersteKeuze)
    await expectStateVisible(page, 'radioknop gekozen', eersteKeuze, {
      without: () => rust(page),
      with: async () => (await tabTo(page, eersteKeuze), await page.keyboard.press('Space'), await rust(page)),
    })
    await expect(eersteKeuze).toBeChecked()
    await expectNoAxeViolations(page)
  })

  test('Berichtenbox: current menu item and folder, the unread badge, unread against read, the current page', async ({ page, mock: _ }) => {
    await login(page, 'Kees Bakker')
    await expectForcedColours(page)
    const berichtenLink = hoofdmenu(page).getByRole('link', { name: /^Berichten/ })
    const badge = berichtenLink.locator('.utrecht-number-badge')
    // The count arrives after the page: both pictures with it.
    await expect(badge).toBeVisible()
    await expectStateVisible(page, 'hoofdmenu: huidige pagina', berichtenLink, {
      without: () => rust(page),
      with: async () => (await openBerichten(page), await rust(page)),
    })
    await expect(berichtenLink).toHaveAttribute('aria-current', 'page')
    await expectNoAxeViolations(page)

    expect(inkPixels(await shoot(page, await regionAround(badge, 0)), 4.5), 'aantal ongelezen leesbaar').toBeGreaterThan(20)

    const archief = page.getByRole('navigation', { name: 'Mappen' }).getByRole('link', { name: /^Archief/ })
    await expectStateVisible(page, 'mappen: huidige map', archief, {
      without: () => rust(page),
      with: async () => (await naarMap(page, 'Archief'), await rust(page)),
    })
    await naarMap(page, 'Postvak IN')

    // One letter, unread and then read.
    // Several letters can share a subject: the row is known by its place, which reading does not change.
    const rijen = berichtenLijst(page).getByRole('listitem')
    const plek = await rijen.evaluateAll((items) => items.findIndex((item) => [...item.querySelectorAll('span')].some((span) => span.textContent?.trim() === 'Ongelezen')))
    expect(plek, 'een ongelezen bericht op de eerste pagina').toBeGreaterThanOrEqual(0)
    const rij = rijen.nth(plek)
    const onderwerp = (await rij.getByRole('heading', { level: 3 }).innerText()).trim()
    await expectStateVisible(page, 'ongelezen tegenover gelezen bericht', rij, {
      without: () => rust(page),
      with: async () => {
        await rij.getByRole('link').click()
        await expect(page.getByRole('heading', { level: 1, name: onderwerp })).toBeVisible()
        await page.goBack()
        await wachtOpLijst(page)
        await expect(rij.getByRole('heading', { level: 3 })).toHaveText(onderwerp)
        await expect(rij.getByText('Ongelezen', { exact: true })).toHaveCount(0)
        await rust(page)
      },
    })

    const paginering = page.getByRole('navigation', { name: 'Paginering' })
    const eerste = paginering.getByRole('link', { name: 'Pagina 1', exact: true })
    await expect(eerste).toHaveAttribute('aria-current', 'page')
    await expectStateVisible(page, 'paginering: huidige pagina', () => regionAround(eerste, 4), {
      without: () => rust(page),
      with: async () => {
        await paginering.getByRole('link', { name: /Volgende/ }).click()
        await expect(page).toHaveURL(/pagina=2/)
        await wachtOpLijst(page)
        await rust(page)
      },
    })
    await expect(eerste).not.toHaveAttribute('aria-current')
    await expectNoAxeViolations(page)
  })

  test('zaak: done, current and future steps differ by more than colour; a modal dialog keeps its edge', async ({ page, mock: _ }) => {
    await login(page)
    await hoofdmenu(page).getByRole('link', { name: 'Zaken' }).click()
    await page.getByRole('link', { name: 'WW-uitkering' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'WW-uitkering' })).toBeVisible()
    await expectForcedColours(page)
    await rust(page)
    const stap = (stand: string) => page.locator(`.tijdlijn__stap--${stand}`).first()
    // The line beside each step, not its text: so only the way the line is drawn is compared.
    const lijn = async (stand: string) => {
      const box = await regionAround(stap(stand), 0)
      return shoot(page, { x: box.x - 2, y: box.y + 4, width: 14, height: 32 }, `tijdlijn-${stand}`)
    }
    const [klaar, nu, straks] = [await lijn('klaar'), await lijn('nu'), await lijn('straks')]
    for (const [wat, a, b] of [['klaar/nu', klaar, nu], ['klaar/straks', klaar, straks], ['nu/straks', nu, straks]] as const) {
      expect(changedPixels(a, b), `tijdlijn ${wat}: de lijn ziet er anders uit`).toBeGreaterThanOrEqual(30)
    }
    await expect(stap('klaar').locator('.tijdlijn__stand')).toHaveText('Klaar')
    await expect(stap('nu')).toHaveAttribute('aria-current', 'step')
    await expect(stap('nu').locator('.tijdlijn__stand')).toHaveText('Nu')
    await expect(stap('straks').locator('.tijdlijn__stand')).toHaveText('Nog niet')
    await expectNoAxeViolations(page)

    // A modal dialog: its edge stands out from the page behind it.
    await page.goto('/gegevens/toestemmingen')
    await expect(page.getByRole('heading', { level: 1, name: 'Toestemmingen' })).toBeVisible()
    await page.getByRole('button', { name: 'Toestemming voor Kroonspaar Bank intrekken' }).click()
    const dialoog = page.getByRole('dialog', { name: 'Toestemming intrekken?' })
    await expect(dialoog).toBeVisible()
    await page.mouse.move(0, 0)
    expect(edgeLines(await shoot(page, await leftEdge(dialoog), 'dialoog-links'), 'columns'), 'de rand van de dialoog').toBeGreaterThanOrEqual(2)
    expect(edgeLines(await shoot(page, await topEdge(dialoog), 'dialoog-boven'), 'rows'), 'de rand van de dialoog (boven)').toBeGreaterThanOrEqual(2)
    await expectNoAxeViolations(page)
  })

  test('acting for someone: the banner keeps its edges; the busy stop button says so', async ({ page, mock: _ }) => {
    await loginNamens(page, PERSONS.pieter.name, 'Anna de Vries-Bakker')
    await expectForcedColours(page)
    const banner = namensBanner(page)
    await expect(banner).toBeVisible()
    await rust(page)
    expect(edgeLines(await shoot(page, await topEdge(banner), 'banner-boven'), 'rows'), 'de rand boven de banner').toBeGreaterThanOrEqual(3)
    const titel = banner.locator('.namens-banner__title')
    expect(inkPixels(await shoot(page, await regionAround(titel, 2)), 4.5), 'de titel van de banner leesbaar').toBeGreaterThan(300)
    await expectNoAxeViolations(page)

    // Hold the switch back at its first request, so the busy state can be seen.
    let loslaten: () => void = () => undefined
    const vastgehouden = new Promise<void>((resolve) => (loslaten = resolve))
    await page.route('**/token/revocation', async (route) => {
      await vastgehouden
      await route.continue()
    })
    const stoppen = banner.getByRole('button', { name: /^Stoppen/ })
    await expectStateVisible(page, 'knop bezig', () => regionAround(banner.getByRole('button').first(), 4), {
      without: () => rust(page),
      with: async () => {
        await stoppen.click()
        await expect(banner.getByRole('button', { name: 'Bezig…' })).toHaveAttribute('aria-disabled', 'true')
        await rust(page)
      },
    })
    loslaten()
    await page.unrouteAll({ behavior: 'ignoreErrors' })
  })
})
