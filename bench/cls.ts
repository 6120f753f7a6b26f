/**
 * Layout shift while a screen loads, on a cheap phone: each screen is opened in its state through the screen
 * catalogue (/schermen/:id, the runner the accessibility audit uses), then loaded again with the CPU 4× slower and
 * a slow 4G connection, and every `layout-shift` entry of that load (none after input) is added up, until the
 * screen's heading shows and a second has passed. This is what Lighthouse's CLS measures, for screens Lighthouse
 * cannot reach (they need a login, a letter opened, a form half filled in).
 */
import type { CDPSession, Page } from '@playwright/test'
import { SCHERMEN, type Scherm } from '../src/app/schermen/schermen'
import { PHONE, withBenchPage } from './playwright'

export interface ClsMeting {
  scherm: string
  titel: string
  cls: number
  /** The elements that moved most, for a figure above 0. */
  bronnen: string[]
}

/** The screens the budget names: login, overview, inbox, letter, zaak, Gegevens, and every step of the MFO form. */
const ALLE_SCHERM_IDS = ['inloggen', 'overzicht', 'berichten', 'bericht', 'zaak', 'gegevens', ...SCHERMEN.filter(isMfoStap).map((scherm) => scherm.id), 'mfo-verzoek']

/** BENCH_CLS_SCHERMEN=id,id measures only those (to look into one). */
const SCHERM_IDS = process.env.BENCH_CLS_SCHERMEN?.split(',') ?? ALLE_SCHERM_IDS

/** Lighthouse's mobile defaults: 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const CPU_SLOWDOWN = 4
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
const NA_LADEN_MS = 1_000

export async function measureCls(origin: string): Promise<ClsMeting[]> {
  return withBenchPage({ ...PHONE, baseURL: origin }, async (page) => {
    await page.addInitScript(() => {
      const shifts: { value: number; bronnen: string[] }[] = []
      Object.assign(window, { __layoutShifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
          if (entry.hadRecentInput) continue
          const bronnen = (entry.sources ?? []).map((source) => {
            const node = source.node
            if (!(node instanceof Element)) return 'tekst'
            const klasse = node.className ? `.${String(node.className).split(' ')[0]}` : ''
            return `${node.tagName.toLowerCase()}${klasse} "${(node.textContent ?? '').trim().slice(0, 30)}"`
          })
          shifts.push({ value: entry.value, bronnen })
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    const cdp = await page.context().newCDPSession(page)
    const metingen: ClsMeting[] = []
    for (const id of SCHERM_IDS) {
      const scherm = SCHERMEN.find((kandidaat) => kandidaat.id === id)
      if (!scherm) throw new Error(`no screen ${id} in the catalogue`)
      try {
        await zetKlaar(page, scherm)
        metingen.push({ scherm: scherm.id, titel: scherm.titel, ...(await laadOpnieuw(page, cdp, scherm)) })
      } catch (error) {
        throw new Error(`CLS of screen ${scherm.id} at ${page.url()}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error })
      }
    }
    return metingen
  })
}

function isMfoStap(scherm: Scherm): boolean {
  return /^mfo-stap-\d+$/.test(scherm.id)
}

/** As the audit does: the mock in its seed, the screen's runner sets person, state and actions. */
async function zetKlaar(page: Page, scherm: Scherm): Promise<void> {
  await page.request.post('/__mock/reset')
  await page.goto(`/schermen/${scherm.id}`)
  await page.getByRole('button', { name: 'Zet dit scherm klaar' }).click()
  // The runner may load the page again (another person, a clean start): ask until a page says it is ready.
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({ klaar: document.documentElement.getAttribute('data-scherm-klaar'), fout: document.documentElement.getAttribute('data-scherm-fout') }))
      .catch(() => null)
    if (state?.fout) throw new Error(state.fout)
    if (state?.klaar === scherm.id) return
    await page.waitForTimeout(250)
  }
  throw new Error('not ready within 60 s')
}

/** The same address loaded again on a slow phone: the shifts of that load. */
async function laadOpnieuw(page: Page, cdp: CDPSession, scherm: Scherm): Promise<{ cls: number; bronnen: string[] }> {
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  try {
    await page.reload({ waitUntil: 'load', timeout: 60_000 })
    await page.getByRole('heading', { name: scherm.kop }).first().waitFor({ timeout: 60_000 })
    await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 60_000 })
    await page.waitForTimeout(NA_LADEN_MS)
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
  }
  const shifts = await page.evaluate(() => (window as unknown as { __layoutShifts: { value: number; bronnen: string[] }[] }).__layoutShifts)
  const cls = shifts.reduce((sum, shift) => sum + shift.value, 0)
  const bronnen = [...new Set(shifts.sort((a, b) => b.value - a.value).flatMap((shift) => shift.bronnen))].slice(0, 3)
  return { cls, bronnen }
}
