/** Chromium through Playwright for the bench steps that follow a person through screens (CLS, INP, Gegevens). */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium'

/** A mid-range phone, as Lighthouse's mobile run emulates it. */
export const PHONE: BrowserContextOptions = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }

function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/** A browser context for the bench: tsx (esbuild keepNames) wraps named inner functions in __name(), which the page needs too. */
async function newBenchContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options)
  await context.addInitScript('globalThis.__name = (fn) => fn')
  return context
}

/** A page in a browser of its own for one bench step; the browser closes after it, also when the step fails. */
export async function withBenchPage<T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launchChromium()
  try {
    return await use(await (await newBenchContext(browser, options)).newPage())
  } finally {
    await browser.close()
  }
}

/** Logs in through the mock DigiD with real clicks and waits for the overview. */
export async function logIn(page: Page, person: string, level = 'Midden'): Promise<void> {
  await page.goto('/inloggen')
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
  await page.getByRole('radio', { name: new RegExp(`^${person}`) }).check()
  await page.getByRole('radio', { name: new RegExp(`^${level}`) }).check()
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor({ timeout: 30_000 })
}
