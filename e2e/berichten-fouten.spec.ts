import { expect, expectNoAxeViolations, login, PERSONS, test } from './support/fixtures'
import { berichtenLijst, onderwerpen, ongelezenInNavigatie, openBerichten } from './support/berichten'

test.describe('Berichtenbox: lege box, nieuwe post, veiligheid en storingen', () => {
  test('Noor has no post: the empty state explains the Berichtenbox', async ({ page, mock: _ }) => {
    await login(page, PERSONS.noor.name)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'U heeft nog geen berichten' })).toBeVisible()
    await expect(page.getByText(/Organisaties sturen u hier post zodra/)).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a new letter arrives: it shows on return to the inbox and the count follows; no script in it runs', async ({ page, mock, request }) => {
    await login(page)
    await openBerichten(page)
    const voor = await ongelezenInNavigatie(page)
    const dialogen: string[] = []
    page.on('dialog', async (dialog) => {
      dialogen.push(dialog.message())
      await dialog.dismiss()
    })
    const antwoord = await request.post('/__mock/berichten', {
      data: {
        bsn: PERSONS.fatima.bsn,
        afzender: 'CJIB',
        onderwerp: 'Test met gevaarlijke inhoud',
        inhoud:
          '<p>Beste lezer,</p><script>window.__xss = "script"</script><img src="x" onerror="window.__xss = \'img\'">' +
          '<a href="javascript:window.__xss=\'link\'">Klik hier</a><svg onload="window.__xss = \'svg\'"></svg>' +
          '<iframe src="javascript:alert(1)"></iframe><p onclick="window.__xss=\'klik\'">Met vriendelijke groet</p>',
      },
    })
    expect(antwoord.status()).toBe(201)
    void mock

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click()
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Berichten/ }).click()
    await expect(onderwerpen(page).first()).toHaveText('Test met gevaarlijke inhoud')
    await expect.poll(() => ongelezenInNavigatie(page)).toBe(voor + 1)

    await onderwerpen(page).first().getByRole('link').click()
    await expect(page.getByText('Met vriendelijke groet')).toBeVisible()
    await page.getByText('Klik hier').click()
    await page.getByText('Met vriendelijke groet').click()
    expect(await page.evaluate(() => (window as Window & { __xss?: string }).__xss)).toBeUndefined()
    expect(dialogen).toEqual([])
    await expect(page.locator('main script, main iframe, main [onerror], main [onclick], main svg[onload]')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('a 500 on the list: a clear message, and "Probeer opnieuw" works', async ({ page, mock }) => {
    await login(page)
    await mock.fault({ path: '/api/berichten', method: 'GET', status: 500, times: 20 })
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Berichten/ }).click()
    const melding = page.getByRole('alert').filter({ hasText: 'Er is een probleem met de dienst' })
    await expect(melding).toBeVisible()
    await expectNoAxeViolations(page)
    // The service recovers; the person tries again.
    await mock.clearFaults()
    await melding.getByRole('button', { name: 'Probeer opnieuw' }).click()
    await expect(onderwerpen(page).first()).toBeVisible()
  })

  test('a failed move says so and the letter stays where it was', async ({ page, mock }) => {
    await login(page)
    await openBerichten(page)
    // A letter already read: opening an unread one sends its own PATCH, which could take the fault.
    const gelezen = berichtenLijst(page).getByRole('listitem').filter({ hasNotText: 'Ongelezen' }).first()
    const onderwerp = (await gelezen.getByRole('heading', { level: 3 }).textContent())?.trim() ?? ''
    await gelezen.getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1, name: onderwerp })).toBeVisible()
    await mock.fault({ path: '/api/berichten', method: 'PATCH', status: 500 })
    await page.getByRole('button', { name: 'Archiveren' }).click()
    await expect(page.getByText('Dat is niet gelukt. Het bericht staat nog op dezelfde plek.')).toBeVisible()
    await page.getByRole('link', { name: 'Terug naar Postvak IN' }).click()
    await expect(onderwerpen(page).filter({ hasText: onderwerp })).toHaveCount(1)
  })

  test('a letter deleted in another tab: a clear message instead of an error', async ({ page, context, mock: _ }) => {
    await login(page)
    await page.goto('/berichten?map=prullenbak')
    await onderwerpen(page).first().getByRole('link').click()
    await expect(page.getByRole('button', { name: 'Terugzetten' })).toBeVisible()
    const adres = page.url()
    const ander = await context.newPage()
    await ander.goto('/inloggen')
    // DigiD still knows this browser: the second tab logs in without asking again.
    await ander.getByRole('button', { name: 'Inloggen met DigiD' }).click()
    await expect(ander.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
    await ander.goto(adres)
    await ander.getByRole('button', { name: 'Definitief verwijderen' }).click()
    await ander.getByRole('button', { name: 'Ja, definitief verwijderen' }).click()
    await expect(ander.getByText('Het bericht is definitief verwijderd.')).toBeVisible()

    await page.getByRole('button', { name: 'Terugzetten' }).click()
    await expect(page.getByText('Dit bericht bestaat niet meer. Misschien is het in een ander venster verwijderd.')).toBeVisible()
    await page.reload()
    await expect(page.getByText(/Dit bericht bestaat niet \(meer\)/)).toBeVisible()
  })

  test('a missing attachment: a clear message, the letter stays readable', async ({ page, mock }) => {
    await login(page)
    await openBerichten(page)
    await onderwerpen(page).first().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 2, name: 'Bijlagen' })).toBeVisible()
    await mock.fault({ path: '/api/berichten', method: 'GET', status: 404, times: 3 })
    await page.getByRole('button', { name: /downloaden$/ }).first().click()
    await expect(page.getByRole('alert').filter({ hasText: 'De bijlage kon niet worden geladen.' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a search of only spaces shows everything; one letter or 500 characters get a clear message', async ({ page, mock: _ }) => {
    await login(page)
    await openBerichten(page)
    const zoekveld = page.getByRole('searchbox', { name: 'Zoeken in berichten' })
    await zoekveld.fill('    ')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(page).not.toHaveURL(/zoek=/)
    await expect(onderwerpen(page).first()).toBeVisible()
    await zoekveld.fill('a')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(zoekveld).toHaveAccessibleDescription(/Typ minstens 2 tekens om te zoeken\./)
    await expect(zoekveld).toBeFocused()
    await expect(zoekveld).toHaveAttribute('aria-invalid', 'true')
    await zoekveld.fill('x'.repeat(500))
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(zoekveld).toHaveAccessibleDescription(/Uw zoekopdracht is te lang\. Gebruik maximaal 200 tekens\./)
    await expectNoAxeViolations(page)
  })

  test('Kees has 10,000 letters: the inbox pages through them', async ({ page, mock: _ }) => {
    await login(page, 'Kees Bakker')
    await openBerichten(page)
    await expect(onderwerpen(page)).toHaveCount(20)
    await page.getByRole('link', { name: 'Volgende pagina' }).click()
    await expect(page).toHaveURL(/pagina=2/)
    await expect(page.getByRole('navigation', { name: 'Paginering' }).getByText(/^Pagina 2 van \d+$/)).toBeVisible()
    await expect(onderwerpen(page)).toHaveCount(20)
    await page.getByRole('searchbox', { name: 'Zoeken in berichten' }).fill('aanslag')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(page).not.toHaveURL(/pagina=/)
    await expect(onderwerpen(page).first()).toContainText(/aanslag/i)
  })
})
