import type { APIRequestContext, Page } from '@playwright/test'
import { proofFromPage } from './support/dpop'
import { expect, expectNoAxeViolations, login, PERSONS, test } from './support/fixtures'
import { tabTo } from './support/keyboard'
import { onderwerpen, openBerichten } from './support/berichten'

/** The UWV letter asking for loonstroken: it belongs to Fatima's WW-uitkering (mocks/state/zaken/seed-fatima.ts). */
const ONDERWERP = 'Wij hebben meer informatie nodig over uw inkomsten'
const TEKST = 'Hierbij mijn loonstrook van mei. Mijn arbeidscontract stuur ik volgende week.'
/** A file that is a PDF by its content too: the mock checks the first bytes. */
const PDF = { name: 'loonstrook-mei.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') }

interface MockZaak {
  id: string
  omschrijving: string
}

interface Ontvangen {
  method: string
  body: unknown
  idempotencyKey: string | null
}

interface ZaakAlsFatima {
  historie: { soort: string; tekst?: string; bijlagen?: string[]; berichtId?: string }[]
  taken: { berichtId?: string; status: string }[]
}

async function wwUitkering(request: APIRequestContext): Promise<MockZaak> {
  const zaken: MockZaak[] = await (await request.get(`/__mock/zaken?bsn=${PERSONS.fatima.bsn}`)).json()
  const zaak = zaken.find((kandidaat) => kandidaat.omschrijving === 'WW-uitkering')
  if (!zaak) throw new Error('Fatima heeft geen WW-uitkering')
  return zaak
}

async function ontvangen(request: APIRequestContext, pad: string): Promise<Ontvangen[]> {
  const alles: Ontvangen[] = await (await request.get(`/__mock/requests?path=${encodeURIComponent(pad)}`)).json()
  return alles.filter((entry) => entry.method === 'POST')
}

/**
 * The zaak as the API gives it to Fatima, asked with her own session (a proof made with the page's key): the zaak's page
 * may not show its history yet, and /__mock/zaken has none.
 */
async function zaakAlsFatima(page: Page, uuid: string): Promise<ZaakAlsFatima> {
  const pad = `/api/zaken/zaken/${encodeURIComponent(uuid)}`
  const antwoord = await page.request.get(pad, { headers: await proofFromPage(page, 'GET', pad) })
  if (!antwoord.ok()) throw new Error(`GET zaak: ${antwoord.status()}`)
  return (await antwoord.json()) as ZaakAlsFatima
}

const reageren = (page: Page) => page.getByRole('button', { name: 'Reageren', exact: true })
const tekstvak = (page: Page) => page.getByRole('textbox', { name: 'Uw reactie', exact: true })
const versturen = (page: Page) => page.getByRole('button', { name: 'Versturen', exact: true })

async function openLoonstrokenBrief(page: Page): Promise<void> {
  await openBerichten(page)
  await onderwerpen(page).filter({ hasText: ONDERWERP }).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: ONDERWERP })).toBeVisible()
  // The zaak comes in after the letter: wait for it, or Tab could pass its place before it is there.
  await expect(reageren(page)).toBeVisible()
}

test.describe('Reageren op een brief: Fatima stuurt het UWV haar loonstrook', () => {
  test.beforeEach(async ({ page, mock: _ }) => {
    await login(page)
  })

  test('the letter links to its zaak; the reply with a PDF lands in the zaak, and its task is done', async ({ page, request }) => {
    const zaak = await wwUitkering(request)
    await openLoonstrokenBrief(page)
    const berichtId = new URL(page.url()).pathname.split('/').at(-1) ?? ''
    const zaakDeel = page.getByRole('region', { name: 'Uw zaak' })
    await expect(zaakDeel.getByRole('link', { name: 'WW-uitkering' })).toHaveAttribute('href', `/zaken/${zaak.id}`)
    await expectNoAxeViolations(page)

    // By keyboard: to "Reageren", and the form opens with the focus in the text box.
    await tabTo(page, reageren(page))
    await page.keyboard.press('Enter')
    await expect(tekstvak(page)).toBeFocused()
    await expectNoAxeViolations(page)
    await page.keyboard.type(TEKST)

    await page.getByLabel('Bestand 1 (niet verplicht)').setInputFiles(PDF)
    await expect(page.getByRole('status').filter({ hasText: `${PDF.name} is geüpload.` })).toHaveCount(1)
    await expect(page.getByLabel('Bestand 2 (niet verplicht)')).toBeVisible()
    await expectNoAxeViolations(page)

    await tabTo(page, versturen(page))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Uw reactie is verstuurd naar UWV.' })).toBeVisible()
    await expect(tekstvak(page)).toHaveCount(0)
    await expect(reageren(page)).toBeFocused()
    await expectNoAxeViolations(page)

    // Exactly one reactie, with one key, naming the document that was uploaded first.
    const [upload, ...meerUploads] = await ontvangen(request, `/api/zaken/zaken/${zaak.id}/bestanden`)
    expect(upload).toBeDefined()
    expect(meerUploads).toEqual([])
    const reacties = await ontvangen(request, `/api/zaken/zaken/${zaak.id}/reacties`)
    expect(reacties).toHaveLength(1)
    expect(reacties[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    expect(reacties[0]?.body).toMatchObject({ berichtId, tekst: TEKST })

    const opgeslagen = await zaakAlsFatima(page, zaak.id)
    expect(opgeslagen.historie.filter((regel) => regel.soort === 'reactie')).toEqual([expect.objectContaining({ berichtId, tekst: TEKST, bijlagen: [PDF.name] })])
    expect(opgeslagen.taken.filter((taak) => taak.berichtId === berichtId).map((taak) => taak.status)).toEqual(['afgerond'])
  })

  // A dropped connection under a POST is retried by Chromium itself (with the same Idempotency-Key): offline is
  // the failure the person meets.
  test('offline while sending loses nothing; sending again records one reactie', async ({ page, request, mock: _ }) => {
    const zaak = await wwUitkering(request)
    const pad = `/api/zaken/zaken/${zaak.id}/reacties`
    await openLoonstrokenBrief(page)
    await tabTo(page, reageren(page))
    await page.keyboard.press('Enter')
    await page.keyboard.type(TEKST)
    await page.context().setOffline(true)

    await tabTo(page, versturen(page))
    await page.keyboard.press('Enter')
    const melding = page.getByRole('alert').filter({ hasText: 'Uw reactie is niet verstuurd.' })
    await expect(melding).toBeVisible()
    await expect(melding).toContainText('Wat u schreef en uw bestanden staan er nog.')
    await expect(tekstvak(page)).toHaveValue(TEKST)
    await expect(versturen(page)).toBeFocused()
    await expectNoAxeViolations(page)

    await page.context().setOffline(false)
    await versturen(page).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Uw reactie is verstuurd naar UWV.' })).toBeVisible()
    expect(await ontvangen(request, pad)).toHaveLength(1)
    const opgeslagen = await zaakAlsFatima(page, zaak.id)
    expect(opgeslagen.historie.filter((regel) => regel.soort === 'reactie')).toHaveLength(1)
    await expectNoAxeViolations(page)
  })
})
