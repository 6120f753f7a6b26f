/**
 * Kees Bakker's Gegevens page (heavy user): from a tap on "Gegevens" in the navigation to every source on screen,
 * and the part after the last of its data arrived (Resource Timing `responseEnd` of the /api requests of that
 * navigation), seen by a MutationObserver in the page, as zaken.ts does for the zaken list. No CPU slowdown: the
 * budget (< 100 ms after the data arrives) is for this machine, like the inbox's and the zaken list's.
 */
import { logIn, withBenchPage } from './playwright'

export interface GegevensTiming {
  totalMs: number
  renderMs: number
  /** How many regions (one per source) were on screen. */
  bronnen: number
}

const STAP_TIMEOUT_MS = 20_000

export async function measureGegevens(origin: string): Promise<GegevensTiming> {
  return withBenchPage({ baseURL: origin, viewport: { width: 1280, height: 900 } }, async (page) => {
    await logIn(page, 'Kees Bakker')
    const uitkomst = await page.evaluate(
      (timeoutMs) =>
        new Promise<{ startedAt: number; shownAt: number; responseEnd: number; bronnen: number } | { fout: string }>((resolve) => {
          performance.clearResourceTimings()
          const laatsteAntwoord = () =>
            Math.max(
              0,
              ...performance
                .getEntriesByType('resource')
                .filter((entry) => new URL(entry.name).pathname.startsWith('/api/') && entry instanceof PerformanceResourceTiming)
                .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
            )
          const klaar = () => {
            const main = document.querySelector('main')
            if (!main || document.querySelector('h1')?.textContent?.trim() !== 'Persoonlijke gegevens') return undefined
            if (main.querySelector('[aria-busy="true"]') || main.textContent?.includes('geladen…')) return undefined
            const bronnen = main.querySelectorAll('section[aria-labelledby], [role="region"]').length
            return bronnen > 0 ? bronnen : undefined
          }
          const link = document.querySelector('nav a[href="/gegevens"]')
          if (!(link instanceof HTMLElement)) return resolve({ fout: 'no link to /gegevens in the navigation' })
          const observer = new MutationObserver(() => {
            const bronnen = klaar()
            if (bronnen === undefined) return
            observer.disconnect()
            clearTimeout(timer)
            resolve({ startedAt, shownAt: performance.now(), responseEnd: laatsteAntwoord(), bronnen })
          })
          const timer = setTimeout(() => {
            observer.disconnect()
            resolve({ fout: `the Gegevens page was not complete within ${timeoutMs} ms` })
          }, timeoutMs)
          observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true })
          const startedAt = performance.now()
          link.click()
        }),
      STAP_TIMEOUT_MS,
    )
    if ('fout' in uitkomst) throw new Error(uitkomst.fout)
    return { totalMs: uitkomst.shownAt - uitkomst.startedAt, renderMs: uitkomst.shownAt - uitkomst.responseEnd, bronnen: uitkomst.bronnen }
  })
}
