import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test'
import { AXE_TAGS } from './axe-tags'

/** The /__mock test control API (DESIGN.md §6). */
export class MockControl {
  constructor(private readonly request: APIRequestContext) {}

  async reset(): Promise<void> {
    expect((await this.request.post('/__mock/reset')).status()).toBe(204)
  }

  async fault(spec: { path: string; method?: string; status?: number; delayMs?: number; network?: boolean; malformed?: boolean; times?: number }) {
    expect((await this.request.post('/__mock/faults', { data: spec })).status()).toBe(201)
  }

  async clearFaults(): Promise<void> {
    expect((await this.request.delete('/__mock/faults')).status()).toBe(204)
  }

  async requests(path: string): Promise<{ method: string; path: string; headers: Record<string, string> }[]> {
    return (await this.request.get(`/__mock/requests?path=${encodeURIComponent(path)}`)).json()
  }
}

export const test = base.extend<{ mock: MockControl }>({
  mock: async ({ request }, use) => {
    const mock = new MockControl(request)
    await mock.reset()
    await use(mock)
  },
})

export { expect }

/** Zero violations of WCAG 2.1 A and AA, as axe-core reads them: the floor for every screen. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  )
  expect(violations, `axe op ${page.url()}`).toEqual([])
}

/** At 320 px nothing may need a horizontal scrollbar (WCAG 1.4.10 Reflow). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `horizontaal scrollen op ${page.url()}`).toBeLessThanOrEqual(0)
}

export const PERSONS = {
  fatima: { bsn: '999990019', name: 'Fatima El Amrani' },
  pieter: { bsn: '999990020', name: 'Pieter de Vries' },
  noor: { bsn: '999990056', name: 'Noor Visser' },
} as const

export type DigidLevel = 'Basis' | 'Midden' | 'Substantieel' | 'Hoog'

/** Chooses a test person and level on the mock DigiD page and logs in, with the mouse. */
export async function loginOnDigid(page: Page, personName: string, level: DigidLevel = 'Midden'): Promise<void> {
  await expect(page).toHaveTitle(/Inloggen met DigiD/)
  await page.getByRole('radio', { name: new RegExp(`^${personName}`) }).check()
  await page.getByRole('radio', { name: new RegExp(`^${level}`) }).check()
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
}

/** The whole journey from the app's login page to the overview. */
export async function login(page: Page, personName: string = PERSONS.fatima.name, level: DigidLevel = 'Midden') {
  await page.goto('/inloggen')
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
  await loginOnDigid(page, personName, level)
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
}

/**
 * Waits until the service worker controls the page, so offline behaviour is the real one. The
 * first install precaches the whole shell and can take a while on a busy machine; a reload (as
 * a person would do) registers again if that first install did not finish.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const controlled = await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 8_000 })
      .then(() => true, () => false)
    if (controlled) return
    await page.reload()
  }
  throw new Error('De service worker nam de pagina niet over.')
}
