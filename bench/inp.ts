/**
 * Interaction to Next Paint of a search in Kees Bakker's 10,000 letters and of a filter on his 200 zaken, on the
 * CPU 4× slower: the Event Timing API (what INP is made of) records every interaction's input delay, handling and
 * the next paint; per step this reports the slowest, as INP does. Typing and Enter are real key presses, the filter
 * a real tap on "Filter toepassen" after choosing an organisation (only trusted input counts as an interaction).
 * Like the Lighthouse figures, each step is the median of three runs, each in a fresh browser.
 */
import type { CDPSession, Page } from '@playwright/test'
import { CPU_SLOWDOWN } from './cls'
import { medianBy } from './median'
import { logIn, PHONE, withBenchPage } from './playwright'

export interface InpMeting {
  stap: string
  /** The slowest interaction of the step; Event Timing reports only those of 16 ms and longer, so 16 means "at most 16". */
  inpMs: number
  /** What that interaction was (keydown, click, …). */
  soort: string
}

export interface InpMediaan extends InpMeting {
  /** The step's INP in every run, in order. */
  runs: number[]
}

export async function measureInp(origin: string, runs = 3): Promise<InpMediaan[]> {
  const perRun: InpMeting[][] = []
  for (let run = 0; run < runs; run++) perRun.push(await measureInpOnce(origin))
  return (perRun[0] ?? []).map((_, index) => {
    const stap = perRun.map((metingen) => metingen[index]).filter((meting): meting is InpMeting => meting !== undefined)
    const median = medianBy(stap, ({ inpMs }) => inpMs) as InpMeting
    return { ...median, runs: stap.map(({ inpMs }) => inpMs) }
  })
}

async function measureInpOnce(origin: string): Promise<InpMeting[]> {
  return withBenchPage({ ...PHONE, baseURL: origin }, async (page) => {
    await page.addInitScript(() => {
      const interactions: { name: string; duration: number }[] = []
      Object.assign(window, { __interactions: interactions })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
          if (entry.interactionId) interactions.push({ name: entry.name, duration: entry.duration })
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
    })
    const cdp = await page.context().newCDPSession(page)
    await logIn(page, 'Kees Bakker')

    const metingen: InpMeting[] = []
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Berichten/ }).click()
    await page.locator('main ol li h3 a').first().waitFor()
    metingen.push(
      await traag(page, cdp, 'zoeken in 10.000 berichten ("aanslag", Enter)', async () => {
        await page.getByRole('searchbox').first().click()
        await page.keyboard.type('aanslag')
        await page.keyboard.press('Enter')
        await page.waitForFunction(() => performance.getEntriesByName('berichten:totaal').length > 0, undefined, { timeout: 30_000 })
      }),
    )

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Zaken/ }).click()
    await page.locator('main ol li h3').first().waitFor()
    metingen.push(
      await traag(page, cdp, 'filter op 200 zaken (een organisatie, "Filter toepassen")', async () => {
        const organisatie = page.getByLabel('Organisatie', { exact: true })
        await organisatie.waitFor()
        const voor = page.url()
        await organisatie.selectOption({ index: 1 })
        await page.getByRole('button', { name: 'Filter toepassen' }).click()
        await page.waitForURL((url) => url.href !== voor, { timeout: 30_000 })
        await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 })
      }),
    )
    return metingen
  })
}

/** One step with the CPU slowed down; the slowest interaction in it. */
async function traag(page: Page, cdp: CDPSession, stap: string, doe: () => Promise<void>): Promise<InpMeting> {
  // Playwright installs its own script in the page on the first wait for a function: not during the measured input.
  await page.waitForFunction(() => true)
  await page.evaluate(() => ((window as unknown as { __interactions: unknown[] }).__interactions.length = 0))
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  try {
    await doe()
    // The paint after the last input, and any late handler.
    await page.waitForTimeout(500)
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  }
  const interactions = await page.evaluate(() => (window as unknown as { __interactions: { name: string; duration: number }[] }).__interactions)
  const slowest = interactions.reduce((max, entry) => (entry.duration > max.duration ? entry : max), { name: 'geen boven 16 ms', duration: 16 })
  return { stap, inpMs: slowest.duration, soort: slowest.name }
}
