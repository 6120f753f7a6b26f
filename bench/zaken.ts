/**
 * Zaken timings for the heavy user (Kees Bakker, 200 zaken): from a click in the navigation to the first page
 * of his list on screen, and from "Filter toepassen" to the new list. The list sets no User Timing marks, so
 * this watches from inside the page, on the page's own clock:
 * - "the data arrived" is the `responseEnd` of the list request (Resource Timing), so the part after it also
 *   holds reading and checking the JSON, not only rendering (the inbox marks after its check: a little stricter here);
 * - "on screen" is the DOM change after which the list is complete: h1 "Lopende zaken", nothing in main
 *   `aria-busy="true"`, items in `main ol li h3`. A MutationObserver sees that after Vue patched the DOM and
 *   before the browser paints, the moment the inbox's 'post' watcher measures as well.
 */
import type { Page } from 'puppeteer-core'
import { launchBrowser, loginThroughDigid } from './browser'

export interface Meting {
  /** The click until the list is on screen. */
  totalMs: number
  /** Of that: from the arrival of the list's data until it is on screen. */
  renderMs: number
}

export interface ZakenTimings {
  firstPage: Meting
  /** Per filter change: what was chosen, and its timing. */
  filters: ({ filter: string } & Meting)[]
}

interface Keuze {
  organisatie: string
  status: string
}

/** How long one step may take before the bench gives up: far beyond any budget, so only a broken page hits it. */
const STAP_TIMEOUT_MS = 20_000

export async function measureZaken(origin: string): Promise<ZakenTimings> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    // tsx (esbuild keepNames) wraps named inner functions in __name(); the page needs it to run our measuring code.
    await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn')
    await page.setViewport({ width: 1280, height: 900 })
    await loginThroughDigid(page, origin, { person: 'Kees Bakker', level: 'Midden' })

    const firstPage = await meet(page, null)
    const filters = []
    for (const keuze of await filterKeuzes(page)) filters.push({ filter: beschrijf(keuze), ...(await meet(page, keuze)) })
    return { firstPage, filters }
  } finally {
    await browser.close()
  }
}

/**
 * Three changes, each to another list: one organisation, another with "open", all organisations with the last
 * status. Taken from the form's own options, so they exist in the seed whatever its organisations are named.
 */
async function filterKeuzes(page: Page): Promise<Keuze[]> {
  const opties = await page.evaluate(() => {
    const waarden = (label: string) => {
      const element = [...document.querySelectorAll('label')].find((kandidaat) => kandidaat.textContent?.trim() === label)
      const select = element ? document.getElementById(element.htmlFor) : null
      return select instanceof HTMLSelectElement ? [...select.options].map((optie) => optie.value).filter((waarde) => waarde !== '') : []
    }
    return { organisaties: waarden('Organisatie'), statussen: waarden('Status') }
  })
  const [eerste, ...andere] = opties.organisaties
  const [eersteStatus = '', ...andereStatussen] = opties.statussen
  if (eerste === undefined) throw new Error('the zaken filter has no organisations to choose from')
  const status = opties.statussen.includes('open') ? 'open' : eersteStatus
  return [
    { organisatie: eerste, status: '' },
    { organisatie: andere.at(-1) ?? eerste, status },
    { organisatie: '', status: andereStatussen.at(-1) ?? eersteStatus },
  ]
}

function beschrijf({ organisatie, status }: Keuze): string {
  return `${organisatie || 'alle organisaties'}, ${status || 'alle'}`
}

/** One step, timed in the page: `null` clicks "Zaken" in the navigation, a choice fills the filter and applies it. */
async function meet(page: Page, keuze: Keuze | null): Promise<Meting> {
  const uitkomst = await page.evaluate(
    (gekozen: Keuze | null, timeoutMs: number) =>
      new Promise<{ startedAt: number; shownAt: number; responseEnd: number } | { fout: string }>((resolve) => {
        // Only requests from this step count: the list's own, by its path.
        performance.clearResourceTimings()
        const lijstAntwoord = () =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry instanceof PerformanceResourceTiming)
            .filter((entry) => new URL(entry.name).pathname === '/api/zaken/zaken' && entry.responseEnd > 0)
            .at(-1)?.responseEnd
        const klaar = () => {
          const main = document.querySelector('main')
          const kop = document.querySelector('h1')?.textContent?.trim()
          if (!main || kop !== 'Lopende zaken' || main.querySelector('[aria-busy="true"]')) return undefined
          return main.querySelectorAll('ol li h3').length > 0 ? lijstAntwoord() : undefined
        }
        let startedAt = 0
        const observer = new MutationObserver(() => {
          const responseEnd = klaar()
          if (responseEnd === undefined) return
          const shownAt = performance.now()
          stop()
          resolve({ startedAt, shownAt, responseEnd })
        })
        const timer = setTimeout(() => {
          stop()
          resolve({ fout: `no zaken list on screen within ${timeoutMs} ms at ${location.href}` })
        }, timeoutMs)
        const stop = () => {
          observer.disconnect()
          clearTimeout(timer)
        }
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true })

        if (gekozen === null) {
          const link = document.querySelector('nav a[href="/zaken"]')
          if (!(link instanceof HTMLElement)) {
            stop()
            resolve({ fout: 'no link to /zaken in the navigation' })
            return
          }
          startedAt = performance.now()
          link.click()
          return
        }
        const kies = (label: string, waarde: string) => {
          const element = [...document.querySelectorAll('label')].find((kandidaat) => kandidaat.textContent?.trim() === label)
          const select = element ? document.getElementById(element.htmlFor) : null
          if (!(select instanceof HTMLSelectElement)) return false
          select.closest('details')?.setAttribute('open', '')
          select.value = waarde
          select.dispatchEvent(new Event('change', { bubbles: true }))
          return select.value === waarde
        }
        const knop = [...document.querySelectorAll('button')].find((kandidaat) => kandidaat.textContent?.trim() === 'Filter toepassen')
        if (!kies('Organisatie', gekozen.organisatie) || !kies('Status', gekozen.status) || !knop) {
          stop()
          resolve({ fout: `the filter form has no Organisatie "${gekozen.organisatie}", Status "${gekozen.status}" or "Filter toepassen"` })
          return
        }
        startedAt = performance.now()
        knop.click()
      }),
    keuze,
    STAP_TIMEOUT_MS,
  )
  if ('fout' in uitkomst) throw new Error(uitkomst.fout)
  return { totalMs: uitkomst.shownAt - uitkomst.startedAt, renderMs: uitkomst.shownAt - uitkomst.responseEnd }
}
