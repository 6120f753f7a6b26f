/**
 * Inbox timings for the heavy user (Kees Bakker, 10,000 berichten): from a click in the
 * navigation to the first page on screen, and from a search to its results. The app marks
 * its own moments with the User Timing API (see use-berichten-lijst.ts); this reads them.
 */
import type { Page } from 'puppeteer-core'
import { launchBrowser, loginThroughDigid } from './browser'

export interface InboxTimings {
  /** Click on "Berichten" until the first page is on screen. */
  firstPageMs: number
  /** Of that: from the data's arrival until it is on screen. */
  firstPageRenderMs: number
  /** Per search: submit until results are on screen, and the part after the data arrived. */
  searches: { term: string; totalMs: number; renderMs: number }[]
}

const SEARCH_TERMS = ['aanslag', 'kinderbijslag', 'boete', 'uitkering', 'paspoort']
const LIST_ITEM = 'main ol li h3 a'

export async function measureInbox(origin: string): Promise<InboxTimings> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await page.setViewport({ width: 1280, height: 900 })
    await loginThroughDigid(page, origin, { person: 'Kees Bakker', level: 'Midden' })
    await clearMeasures(page)

    const start = await page.evaluate(() => performance.now())
    await clickLink(page, 'nav a[href="/berichten"]')
    await page.waitForSelector(LIST_ITEM)
    const shownAt = await page.evaluate(() => performance.now())
    const firstPageRenderMs = await lastMeasure(page, 'berichten:weergave')

    const searches = []
    for (const term of SEARCH_TERMS) searches.push({ term, ...(await search(page, term)) })
    return { firstPageMs: shownAt - start, firstPageRenderMs, searches }
  } finally {
    await browser.close()
  }
}

async function search(page: Page, term: string): Promise<{ totalMs: number; renderMs: number }> {
  await clearMeasures(page)
  await page.$eval('#berichten-zoek', (input) => {
    if (input instanceof HTMLInputElement) input.value = ''
  })
  await page.type('#berichten-zoek', term)
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => performance.getEntriesByName('berichten:totaal').length > 0)
  return { totalMs: await lastMeasure(page, 'berichten:totaal'), renderMs: await lastMeasure(page, 'berichten:weergave') }
}

async function clickLink(page: Page, selector: string): Promise<void> {
  const link = await page.waitForSelector(selector)
  if (!link) throw new Error(`Geen ${selector} gevonden`)
  await link.click()
}

function clearMeasures(page: Page): Promise<void> {
  return page.evaluate(() => {
    performance.clearMeasures()
    performance.clearMarks()
  })
}

async function lastMeasure(page: Page, name: string): Promise<number> {
  await page.waitForFunction((measure) => performance.getEntriesByName(measure).length > 0, {}, name)
  return page.evaluate((measure) => performance.getEntriesByName(measure).at(-1)?.duration ?? Number.NaN, name)
}
