import type { Page } from '@playwright/test'
import { recordAnnouncements, type Recorder, type Said } from './support/announcements'
import { berichtenLijst, onderwerpen, openBerichten, wachtOpLijst } from './support/berichten'
import { expect, login, PERSONS, test, waitForServiceWorker } from './support/fixtures'

/**
 * What a screen reader user hears for each kind of event, recorded from the live regions and focus.
 *
 * The rule for "one clear message":
 * - What is heard: each new text of a live region, and each focus move the app makes (its role and
 *   name; a focused container without a name reads its text; a dialog adds its name and description).
 *   Focus the person moved (a click, Tab) is theirs, not news. Focus on <main> says nothing.
 * - A region that came into the page together with its text (role=alert excepted) is not heard:
 *   screen readers often skip it. That is a problem unless focus says the same text.
 * - Focus and a live region that say the same thing (one contains the other) are one message; the same
 *   text from two regions is said twice.
 * - Focus that lands on a heading says where the person now is. When exactly one live region says
 *   what happened there (a search: focus on "Resultaten voor …", the status "7 berichten gevonden
 *   voor …"), the heading is the place and the region the message: one message. Focus on anything
 *   else (a button, a field, a box) is a message of its own.
 * - Exactly one message must remain: non-empty, Dutch, no message key (`berichten.foo.bar`) or
 *   unfilled placeholder. For a route change that message is focus on the page's h1 (or what the
 *   page marks as the result, `data-route-focus`); a page without a heading gets focus on <main> and
 *   the route announcer.
 */

const ENGELS = /\b(the|your|you|has|have|been|and|please|with|this|found|message)\b/i
const SLEUTEL = /\b[a-z][a-zA-Z]*(\.[a-zA-Z]+){2,}\b|\{[a-z]+\}/

interface Stem {
  tekst: string
  soort: 'focus' | 'live'
  /** Focus on a heading: where the person is. */
  kop: boolean
}

interface Bericht {
  /** The messages the person hears, in order. */
  gehoord: string[]
  /** The heading focus landed on, when a live region carried the message. */
  plek: string[]
  /** Problems that are not about the count: a region inserted with text nobody says. */
  problemen: string[]
}

const gelijk = (a: string, b: string) => {
  const norm = (tekst: string) => tekst.toLowerCase().replace(/[.,:;!?"'“”]/g, '').replace(/\s+/g, ' ').trim()
  const [x, y] = [norm(a), norm(b)]
  return x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)))
}

/** Applies the rule above to what was recorded. */
function luister(said: readonly Said[]): Bericht {
  const stemmen: Stem[] = []
  const ongehoord: string[] = []
  for (const item of said) {
    if (item.kind === 'focus') {
      if (item.byUser) continue
      const tekst = [item.dialog, item.text].filter(Boolean).join(' ')
      if (tekst) stemmen.push({ tekst, soort: 'focus', kop: item.role === 'heading' && !item.dialog })
    } else if (item.inserted && item.role !== 'alert') ongehoord.push(item.text)
    else stemmen.push({ tekst: item.text, soort: 'live', kop: false })
  }
  const gehoord: Stem[] = []
  let vorige: Stem | undefined
  for (const stem of stemmen) {
    // Focus and a region saying the same thing are one message; two regions saying it are two.
    const zelfde = vorige !== undefined && vorige.soort !== stem.soort && gelijk(vorige.tekst, stem.tekst)
    // Focus moving twice (to <main> while loading, then the heading) is one move, as the last one is what stays.
    const focusNaFocus = vorige?.soort === 'focus' && stem.soort === 'focus' && gehoord.length > 0
    if (zelfde) continue
    if (focusNaFocus) gehoord.pop()
    gehoord.push(stem)
    vorige = stem
  }
  // A heading that got focus is the place; one live region saying what happened there is the message.
  const live = gehoord.filter((stem) => stem.soort === 'live')
  const berichten = live.length === 1 ? gehoord.filter((stem) => !stem.kop) : gehoord
  const problemen = ongehoord
    .filter((tekst) => !stemmen.some((stem) => gelijk(stem.tekst, tekst)))
    .map((tekst) => `in de pagina gezet met de tekst al erin, dus niet voorgelezen: "${tekst}"`)
  return { gehoord: berichten.map((stem) => stem.tekst), plek: gehoord.filter((stem) => !berichten.includes(stem)).map((stem) => stem.tekst), problemen }
}

/**
 * Records what happens during `doe` and asserts one clear message for each event it holds, in order
 * (`verwacht` has one pattern per event); returns the messages.
 */
async function berichten(recorder: Recorder, naam: string, doe: () => Promise<unknown>, verwacht: readonly (RegExp | null)[]): Promise<string[]> {
  const mark = recorder.mark()
  await doe()
  const said = await recorder.since(mark)
  const { gehoord, plek, problemen } = luister(said)
  const uitleg = `${naam}: ${JSON.stringify(said, null, 1)}`
  const verslag = `${gehoord.join(' | ') || '(niets)'}${plek.length > 0 ? ` [focus op kop: ${plek.join(' | ')}]` : ''}`
  test.info().annotations.push({ type: naam, description: verslag })
  console.log(`[gehoord] ${naam}: ${verslag}`)
  expect(problemen, uitleg).toEqual([])
  expect(gehoord, uitleg).toHaveLength(verwacht.length)
  gehoord.forEach((bericht, index) => {
    expect(bericht.trim(), uitleg).not.toBe('')
    expect(bericht, `${uitleg}\nberichtsleutel`).not.toMatch(SLEUTEL)
    expect(bericht, `${uitleg}\nniet Nederlands`).not.toMatch(ENGELS)
    const patroon = verwacht[index]
    if (patroon) expect(bericht, uitleg).toMatch(patroon)
  })
  return gehoord
}

/** One event, one clear message; returns it. */
async function eenBericht(recorder: Recorder, naam: string, doe: () => Promise<unknown>, verwacht: RegExp | null = null): Promise<string> {
  const [bericht = ''] = await berichten(recorder, naam, doe, [verwacht])
  return bericht
}

/** The focus move of the last event landed on a heading or <main>, not on a button or the body. */
async function focusOpKopOfMain(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.matches('h1, h2, #inhoud, [data-route-focus]') ?? false))
    .toBe(true)
}

const hoofdmenu = (page: Page, naam: RegExp) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam })

async function zaakVan(page: Page, begin: string): Promise<{ id: string; omschrijving: string }> {
  const zaken = (await (await page.request.get(`/__mock/zaken?bsn=${PERSONS.fatima.bsn}`)).json()) as { id: string; omschrijving: string }[]
  const zaak = zaken.find((item) => item.omschrijving.startsWith(begin))
  if (!zaak) throw new Error(`Fatima heeft een zaak "${begin}"`)
  return zaak
}

test.describe('Aankondigingen: één duidelijk bericht per gebeurtenis', () => {
  test('the recorder hears what a screen reader would, and the rule catches what goes wrong', async ({ page }) => {
    await page.route('**/__aankondigingen-proef', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<main id="inhoud" tabindex="-1"><h1>Proef</h1><p role="status" id="s"></p><p aria-live="polite" id="t"></p></main>' }),
    )
    const recorder = await recordAnnouncements(page)
    await page.goto('/__aankondigingen-proef')
    const gehoord = async (script: string) => {
      const mark = recorder.mark()
      await page.evaluate(script)
      return luister(await recorder.since(mark, { quietMs: 300 }))
    }
    expect(await gehoord(`document.getElementById('s').textContent = 'Opgeslagen.'`)).toMatchObject({ gehoord: ['Opgeslagen.'], problemen: [] })
    expect(await gehoord(`document.getElementById('s').textContent = '  '`)).toMatchObject({ gehoord: [] })
    // Inserted with its text: not read, so a problem; role=alert is read anyway.
    expect((await gehoord(`document.body.insertAdjacentHTML('beforeend', '<div role="status">Klaar.</div>')`)).problemen).toHaveLength(1)
    expect(await gehoord(`document.body.insertAdjacentHTML('beforeend', '<div role="alert">Mislukt.</div>')`)).toMatchObject({ gehoord: ['Mislukt.'], problemen: [] })
    // Two regions saying the same is twice; focus on the heading saying the same as a region is once.
    expect((await gehoord(`document.getElementById('s').textContent = 'Dubbel.'; document.getElementById('t').textContent = 'Dubbel.'`)).gehoord).toEqual(['Dubbel.', 'Dubbel.'])
    expect((await gehoord(`document.querySelector('h1').tabIndex = -1; document.querySelector('h1').focus(); document.getElementById('t').textContent = 'Proef'`)).gehoord).toEqual(['Proef'])
    // Hidden text is not read; a non-atomic region reads what changed.
    expect((await gehoord(`document.getElementById('t').innerHTML = 'Proef <span aria-hidden="true">(verborgen)</span><b>erbij</b>'`)).gehoord).toEqual(['Proef erbij'])
  })

  test('route changes, a search, an archived letter and a service fault', async ({ page, mock }) => {
    // Nine events on one login: more than one journey's time.
    test.slow()
    const recorder = await recordAnnouncements(page)
    await login(page)

    await eenBericht(recorder, 'route: Berichten', () => openBerichten(page), /^Berichten$/)
    await focusOpKopOfMain(page)
    const onderwerp = (await onderwerpen(page).first().textContent())?.trim() ?? ''
    await eenBericht(recorder, 'route: een bericht', async () => {
      await onderwerpen(page).first().getByRole('link').click()
      await expect(page.getByRole('heading', { level: 1, name: onderwerp })).toBeVisible()
    }, new RegExp(onderwerp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    await focusOpKopOfMain(page)
    await eenBericht(recorder, 'route: terug', async () => {
      await page.goBack()
      await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible()
      await wachtOpLijst(page)
    }, /^Berichten$/)
    await focusOpKopOfMain(page)
    await eenBericht(recorder, 'route: Overzicht', async () => {
      await hoofdmenu(page, /^Overzicht/).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
    }, /^Overzicht$/)
    await focusOpKopOfMain(page)

    await openBerichten(page)
    const zoekveld = page.getByRole('searchbox', { name: 'Zoeken in berichten' })
    await zoekveld.fill('aanslag')
    const eerste = await eenBericht(recorder, 'zoeken: aanslag', async () => {
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
      await expect(page).toHaveURL(/zoek=aanslag/)
      await wachtOpLijst(page)
    }, /\d+ berichten? gevonden voor "aanslag"/)
    await zoekveld.fill('belasting')
    const tweede = await eenBericht(recorder, 'zoeken: belasting', async () => {
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
      await expect(page).toHaveURL(/zoek=belasting/)
      await wachtOpLijst(page)
    }, /(\d+ berichten?|Geen berichten) gevonden voor "belasting"/)
    expect(tweede).not.toBe(eerste)

    await page.goto('/berichten')
    await wachtOpLijst(page)
    await onderwerpen(page).nth(1).getByRole('link').click()
    await expect(page.getByRole('button', { name: 'Archiveren' })).toBeVisible()
    await eenBericht(recorder, 'actie: archiveren', async () => {
      await page.getByRole('button', { name: 'Archiveren' }).click()
      await expect(page.getByText('Het bericht staat nu in het Archief.')).toBeVisible()
      await wachtOpLijst(page)
    }, /^Het bericht staat nu in het Archief\.$/)

    // A letter already read: opening an unread one sends its own PATCH, which could take the fault.
    const gelezen = berichtenLijst(page).getByRole('listitem').filter({ hasNotText: 'Ongelezen' }).first()
    await gelezen.getByRole('link').click()
    await expect(page.getByRole('button', { name: 'Archiveren' })).toBeVisible()
    await mock.fault({ path: '/api/berichten', method: 'PATCH', status: 500 })
    await eenBericht(recorder, 'fout: archiveren mislukt', async () => {
      await page.getByRole('button', { name: 'Archiveren' }).click()
      await expect(page.getByText('Dat is niet gelukt. Het bericht staat nog op dezelfde plek.')).toBeVisible()
    }, /^Dat is niet gelukt\. Het bericht staat nog op dezelfde plek\. Probeer het opnieuw\.$/)

    await hoofdmenu(page, /^Overzicht/).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
    await mock.fault({ path: '/api/berichten', method: 'GET', status: 500, times: 20 })
    await eenBericht(recorder, 'fout: de dienst', async () => {
      await hoofdmenu(page, /^Berichten/).click()
      await expect(page.getByRole('alert').filter({ hasText: 'Er is een probleem met de dienst' })).toBeVisible()
    }, /Er is een probleem met de dienst/)
    await focusOpKopOfMain(page)
  })

  test('an empty required form: the error summary', async ({ page, mock: _ }) => {
    const recorder = await recordAnnouncements(page)
    await login(page, PERSONS.fatima.name, 'Substantieel')
    await page.goto('/correctieverzoek')
    await expect(page.getByRole('button', { name: 'Begin uw verzoek' })).toBeVisible()
    await eenBericht(recorder, 'fout: formulier leeg', async () => {
      await page.getByRole('button', { name: 'Begin uw verzoek' }).click()
      await expect(page.getByRole('heading', { name: 'Er is iets niet goed ingevuld' })).toBeVisible()
    }, /^Er is iets niet goed ingevuld .*Kies in welke registratie de fout staat\./)
  })

  test('a zaak that moves on by itself; offline, an action meanwhile, and back', async ({ page, context, mock: _ }) => {
    // Two live journeys and the service worker's first install on one login.
    test.slow()
    const recorder = await recordAnnouncements(page)
    await login(page)
    await waitForServiceWorker(page)
    const zaak = await zaakVan(page, 'Parkeervergunning')
    await hoofdmenu(page, /^Zaken/).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Lopende zaken' })).toBeVisible()
    await page.getByRole('link', { name: zaak.omschrijving }).click()
    await expect(page.getByRole('heading', { level: 1, name: zaak.omschrijving })).toBeFocused()
    await eenBericht(recorder, 'live: zaak verder', async () => {
      expect((await page.request.post(`/__mock/zaken/${zaak.id}/status`, { data: {} })).status()).toBe(201)
      await expect(page.getByRole('status').filter({ hasText: /is bijgewerkt/ })).toHaveText(/bijgewerkt/, { timeout: 8_000 })
    }, new RegExp(`^Uw zaak ${zaak.omschrijving} is bijgewerkt: .+\\.$`))
    // Said without taking focus away from where she was.
    await expect(page.getByRole('heading', { level: 1, name: zaak.omschrijving })).toBeFocused()

    await openBerichten(page)
    // A letter seen online is on the device, so it can be archived offline.
    const onderwerp = (await onderwerpen(page).nth(2).textContent())?.trim() ?? ''
    await onderwerpen(page).nth(2).getByRole('link').click()
    await expect(page.getByRole('button', { name: 'Archiveren' })).toBeVisible()
    await page.getByRole('link', { name: 'Terug naar Postvak IN' }).click()
    await wachtOpLijst(page)

    await eenBericht(recorder, 'offline', async () => {
      await context.setOffline(true)
      await expect(page.getByRole('status').filter({ hasText: 'U bent offline' })).toBeVisible()
    }, /^U bent offline sinds .+\. U ziet wat u eerder op dit apparaat heeft bekeken/)
    await page.getByRole('link', { name: onderwerp, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: onderwerp })).toBeVisible()
    await eenBericht(recorder, 'actie offline: archiveren', async () => {
      await page.getByRole('button', { name: 'Archiveren' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible()
      await wachtOpLijst(page)
    }, /Wat u koos, gebeurt zodra u weer online bent\./)
    // Back online with something waiting is two events, each said once: the connection, then what the outbox sent.
    await berichten(recorder, 'weer online, en de wachtrij verstuurd', async () => {
      await context.setOffline(false)
      await expect(page.getByRole('status').filter({ hasText: 'Wat u offline deed, is verstuurd: 1 actie.' })).toBeVisible()
    }, [/^U bent weer online\.$/, /^Wat u offline deed, is verstuurd: 1 actie\.$/])
  })

  test('the session warning: a dialog that opens by itself', async ({ page, mock: _ }) => {
    await page.clock.install()
    const recorder = await recordAnnouncements(page)
    await login(page)
    await page.clock.fastForward('12:50')
    await eenBericht(recorder, 'live: sessie bijna om', async () => {
      await page.clock.fastForward('00:15')
      await expect(page.getByRole('dialog', { name: 'U wordt bijna uitgelogd' })).toBeVisible()
    }, /^U wordt bijna uitgelogd .*Over 2 minuten .* Blijf ingelogd$/)
  })
})
