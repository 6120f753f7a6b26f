import { expect, expectNoAxeViolations, login, test } from './support/fixtures'
import { tabTo } from './support/keyboard'
import { berichtenLijst, naarMap, onderwerpen, ongelezenInNavigatie, openBerichten, wachtOpLijst } from './support/berichten'

test.describe('Berichtenbox: Fatima leest en ordent haar post', () => {
  test.beforeEach(async ({ page, mock: _ }) => {
    await login(page)
  })

  test('the inbox: newest first, unread marked, counts in the navigation and on the overview', async ({ page }) => {
    await expect.poll(() => ongelezenInNavigatie(page)).toBeGreaterThan(0)
    const ongelezen = await ongelezenInNavigatie(page)
    await expect(page.getByText(ongelezen === 1 ? 'U heeft 1 ongelezen bericht.' : `U heeft ${ongelezen} ongelezen berichten.`)).toBeVisible()
    await openBerichten(page)
    await expect(onderwerpen(page).first()).toHaveText(/Voorlopige aanslag inkomstenbelasting/)
    await expect(berichtenLijst(page).getByText('Ongelezen', { exact: true })).toHaveCount(ongelezen)
    await expect(page.getByRole('navigation', { name: 'Mappen' }).getByRole('link', { name: /Postvak IN/ })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByText(/vóór/).first()).toBeVisible()
    await expectNoAxeViolations(page)
    // The oldest letters are close to the end of their retention, and say so.
    await page.goto('/berichten?volgorde=oud')
    await expect(page.getByText(/^Wordt bewaard tot .*: download hem als u hem wilt houden\.$/).first()).toBeVisible()
  })

  test('opening a letter marks it read; its PDF opens and downloads with a sensible name', async ({ page }) => {
    await openBerichten(page)
    const voor = await ongelezenInNavigatie(page)
    await onderwerpen(page).first().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1, name: /Voorlopige aanslag inkomstenbelasting/ })).toBeVisible()
    await expect(page.getByText('Belastingdienst').first()).toBeVisible()
    await expect.poll(() => ongelezenInNavigatie(page)).toBe(voor - 1)
    await expectNoAxeViolations(page)

    const downloadKnop = page.getByRole('button', { name: /downloaden$/ }).first()
    const [download] = await Promise.all([page.waitForEvent('download'), downloadKnop.click()])
    expect(download.suggestedFilename()).toMatch(/^belastingdienst-[a-z0-9-]+\.pdf$/)
    const pad = await download.path()
    const { readFile } = await import('node:fs/promises')
    expect((await readFile(pad)).subarray(0, 5).toString()).toBe('%PDF-')

    const [tabblad] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: /openen$/ }).first().click()])
    await expect.poll(() => tabblad.url()).toMatch(/^blob:/)
    await tabblad.close()

    // Printing: the browser's print dialog opens (stubbed here: headless Chromium has none).
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-geprint', 'ja')
    })
    await page.getByRole('button', { name: 'Printen' }).click()
    await expect(page.locator('body')).toHaveAttribute('data-geprint', 'ja')
  })

  test('archive one, move another to the trash, restore it, and delete one for good after confirming', async ({ page }) => {
    await openBerichten(page)
    const eerste = (await onderwerpen(page).nth(1).textContent())?.trim() ?? ''
    await onderwerpen(page).nth(1).getByRole('link').click()
    await page.getByRole('button', { name: 'Archiveren' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Het bericht staat nu in het Archief.' })).toBeVisible()
    await wachtOpLijst(page)
    await expect(onderwerpen(page).filter({ hasText: eerste })).toHaveCount(0)
    await naarMap(page, 'Archief')
    await expect(page).toHaveURL(/map=archief/)
    await expect(onderwerpen(page).filter({ hasText: eerste })).toHaveCount(1)

    await naarMap(page, 'Postvak IN')
    const tweede = (await onderwerpen(page).nth(2).textContent())?.trim() ?? ''
    await onderwerpen(page).nth(2).getByRole('link').click()
    await page.getByRole('button', { name: 'Verwijderen' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Het bericht staat in de Prullenbak.' })).toBeVisible()
    await naarMap(page, 'Prullenbak')
    await expect(page.getByText('Berichten in de prullenbak worden na 30 dagen vanzelf verwijderd.')).toBeVisible()
    await expectNoAxeViolations(page)
    await onderwerpen(page).filter({ hasText: tweede }).getByRole('link').click()
    await page.getByRole('button', { name: 'Terugzetten' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Het bericht is teruggezet.' })).toBeVisible()
    await naarMap(page, 'Postvak IN')
    await expect(onderwerpen(page).filter({ hasText: tweede })).toHaveCount(1)

    await naarMap(page, 'Prullenbak')
    const weg = (await onderwerpen(page).first().textContent())?.trim() ?? ''
    await onderwerpen(page).first().getByRole('link').click()
    await page.getByRole('button', { name: 'Definitief verwijderen' }).click()
    const dialoog = page.getByRole('dialog', { name: 'Bericht definitief verwijderen?' })
    await expect(dialoog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused()
    await expectNoAxeViolations(page)
    await dialoog.getByRole('button', { name: 'Ja, definitief verwijderen' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Het bericht is definitief verwijderd.' })).toBeVisible()
    await wachtOpLijst(page)
    await expect(onderwerpen(page).filter({ hasText: weg })).toHaveCount(0)
  })

  test('search and filter live in the URL, so Back and a shared link work', async ({ page }) => {
    await openBerichten(page)
    await page.getByRole('searchbox', { name: 'Zoeken in berichten' }).fill('aanslag')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(page).toHaveURL(/zoek=aanslag/)
    await expect(page.getByRole('heading', { level: 2, name: 'Resultaten voor "aanslag"' })).toBeVisible()
    await wachtOpLijst(page)
    const aantal = await onderwerpen(page).count()
    expect(aantal).toBeGreaterThan(1)
    // One letter mentions "aanslag" only in its text, not in its subject.
    expect(await onderwerpen(page).filter({ hasNotText: /aanslag/i }).count()).toBeGreaterThan(0)

    await page.getByText('Filteren').click()
    await page.getByLabel('Organisatie').selectOption('Belastingdienst')
    await page.getByRole('button', { name: 'Filter toepassen' }).click()
    await expect(page).toHaveURL(/afzender=Belastingdienst/)
    await wachtOpLijst(page)
    const vanBelastingdienst = await onderwerpen(page).count()
    expect(vanBelastingdienst).toBeGreaterThan(0)
    await expect(berichtenLijst(page).getByText('Belastingdienst', { exact: true })).toHaveCount(vanBelastingdienst)

    const gedeeld = page.url()
    await page.goBack()
    await expect(page).not.toHaveURL(/afzender=/)
    await wachtOpLijst(page)
    await expect(onderwerpen(page)).toHaveCount(aantal)
    await page.goto(gedeeld)
    await expect(page.getByLabel('Organisatie')).toHaveValue('Belastingdienst')

    await page.getByRole('searchbox', { name: 'Zoeken in berichten' }).fill('geen-enkel-bericht-heet-zo')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(page.getByText('Geen berichten gevonden voor deze zoekopdracht of dit filter.')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Alle filters wissen' }).click()
    await expect(onderwerpen(page).first()).toBeVisible()
  })

  test('only "actie nodig": every letter shown asks for something before a date', async ({ page }) => {
    await openBerichten(page)
    await page.getByText('Filteren').click()
    await page.getByLabel('Alleen berichten waarvoor u iets moet doen').check()
    await page.getByRole('button', { name: 'Filter toepassen' }).click()
    await expect(page).toHaveURL(/actie=ja/)
    await wachtOpLijst(page)
    const aantal = await onderwerpen(page).count()
    expect(aantal).toBeGreaterThan(0)
    await expect(berichtenLijst(page).getByText(/vóór/)).toHaveCount(aantal)
  })

  test('a letter near the end of its retention offers a download of itself', async ({ page }) => {
    await page.goto('/berichten?volgorde=oud')
    const rij = berichtenLijst(page).getByRole('listitem').filter({ hasText: 'Wordt bewaard tot' }).first()
    await rij.getByRole('link').click()
    await expect(page.getByRole('button', { name: 'Bericht downloaden' })).toBeVisible()
    await expect(page.getByText(/Wordt bewaard tot .*: download hem als u hem wilt houden/)).toBeVisible()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bericht downloaden' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.html$/)
  })

  test('by keyboard alone: search, open a letter, download its PDF and archive it', async ({ page }) => {
    await openBerichten(page)
    await tabTo(page, page.getByRole('searchbox', { name: 'Zoeken in berichten' }))
    await page.keyboard.type('voorlopige aanslag')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/zoek=voorlopige/)
    await wachtOpLijst(page)
    const link = onderwerpen(page).first().getByRole('link')
    await tabTo(page, link, 60)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: /Voorlopige aanslag/i })).toBeFocused()
    await tabTo(page, page.getByRole('button', { name: /downloaden$/ }).first(), 60)
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    await tabTo(page, page.getByRole('button', { name: 'Archiveren' }), 60)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Het bericht staat nu in het Archief.' })).toBeVisible()
  })
})

test('retention: when the mock clock passes the last day, the letter is gone', async ({ page, mock: _, request }) => {
  await login(page)
  await page.goto('/berichten?volgorde=oud')
  await wachtOpLijst(page)
  const bijnaWeg = berichtenLijst(page).getByRole('listitem').filter({ hasText: 'Wordt bewaard tot' })
  const voor = (await bijnaWeg.getByRole('heading', { level: 3 }).allTextContents()).map((tekst) => tekst.trim())
  expect(voor.length).toBeGreaterThan(1)

  const klok = await (await request.get('/__mock/clock')).json()
  const over10Dagen = new Date(Date.parse(klok.now) + 10 * 86_400_000).toISOString()
  expect((await request.post('/__mock/clock', { data: { now: over10Dagen } })).status()).toBe(204)
  await page.reload()
  await wachtOpLijst(page)
  // The letter with 6 days left is gone; the others are still there, with their warning (and, by the
  // same clock, letters that came within the warning window have one now).
  const na = (await bijnaWeg.getByRole('heading', { level: 3 }).allTextContents()).map((tekst) => tekst.trim())
  const verdwenen = voor.filter((onderwerp) => !na.includes(onderwerp))
  expect(verdwenen).toHaveLength(1)
  await expect(onderwerpen(page).filter({ hasText: verdwenen[0] })).toHaveCount(0)
})

test('by keyboard alone: the trash, a download, and deleting for good through the dialog', async ({ page, mock: _ }) => {
  await login(page)
  await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Berichten/ }))
  await page.keyboard.press('Enter')
  await wachtOpLijst(page)
  await tabTo(page, page.getByRole('navigation', { name: 'Mappen' }).getByRole('link', { name: 'Prullenbak' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Prullenbak' })).toBeVisible()
  await wachtOpLijst(page)
  const aantal = await onderwerpen(page).count()
  await tabTo(page, onderwerpen(page).first().getByRole('link'), 60)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  await tabTo(page, page.getByRole('button', { name: 'Definitief verwijderen' }), 60)
  await page.keyboard.press('Enter')
  const dialoog = page.getByRole('dialog', { name: 'Bericht definitief verwijderen?' })
  await expect(dialoog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialoog).toBeHidden()
  await page.keyboard.press('Enter')
  await expect(dialoog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialoog.getByRole('button', { name: 'Ja, definitief verwijderen' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Het bericht is definitief verwijderd.' })).toBeVisible()
  await wachtOpLijst(page)
  await expect(onderwerpen(page)).toHaveCount(aantal - 1)
})

test('the trash empties itself after 30 days (mock clock)', async ({ page, mock: _, request }) => {
  await login(page)
  await page.goto('/berichten?map=prullenbak')
  await wachtOpLijst(page)
  const aantal = await onderwerpen(page).count()
  expect(aantal).toBe(2)
  // One went into the trash 27 days ago, the other 4 days ago: after 5 more days the first is gone.
  const klok = await (await request.get('/__mock/clock')).json()
  await request.post('/__mock/clock', { data: { now: new Date(Date.parse(klok.now) + 5 * 86_400_000).toISOString() } })
  await page.reload()
  await wachtOpLijst(page)
  await expect(onderwerpen(page)).toHaveCount(1)
})
