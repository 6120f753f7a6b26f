/** Chromium through puppeteer-core, and the journeys a bench needs in it (logging in through mock DigiD). */
import { setTimeout as sleep } from 'node:timers/promises'
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core'

// One definition of how Chromium runs on this machine, shared with the browser tests.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium'

export interface TestLogin {
  /** The start of the test person's label on the mock DigiD page. */
  person: string
  /** The start of the DigiD level's label. */
  level: string
}

export const DEFAULT_LOGIN: TestLogin = { person: 'Fatima El Amrani', level: 'Midden' }

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    // Lighthouse sets the mobile viewport itself; Puppeteer's 800×600 default would only get in the way.
    defaultViewport: null,
  })
}

/** The person's journey: app login page → mock DigiD → back on the overview, all with real clicks. */
export async function loginThroughDigid(page: Page, origin: string, login: TestLogin = DEFAULT_LOGIN): Promise<void> {
  await page.goto(`${origin}/inloggen`, { waitUntil: 'load' })
  await clickAndWaitForNavigation(page, await findButton(page, 'Inloggen met DigiD'))

  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Inloggen met DigiD') ?? false, {
    timeout: 15_000,
  })
  await checkRadio(page, login.person)
  await checkRadio(page, login.level)
  await (await findButton(page, 'Inloggen')).click()

  const overviewUrl = `${origin}/`
  try {
    await page.waitForFunction(
      (expectedUrl: string) =>
        location.href === expectedUrl &&
        [...document.querySelectorAll('h1')].some((heading) => heading.textContent?.trim() === 'Overzicht'),
      { timeout: 30_000 },
      overviewUrl,
    )
  } catch (error) {
    const heading = await page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '(no h1)')
    throw new Error(`login did not reach the overview: at ${page.url()} with h1 "${heading}"`, { cause: error })
  }
}

/**
 * Drops the service worker, Cache Storage and the HTTP cache, and keeps sessionStorage (the session), so a
 * logged-in page can be measured as a cold load. This is what Lighthouse's own storage reset clears with its default
 * clearStorageTypes; doing it here lets the logged-in run keep disableStorageReset on, so the session does not
 * depend on which storage types a Lighthouse version clears.
 */
export async function clearCachesKeepingSession(page: Page, origin: string): Promise<void> {
  // Away from the app first: a page that is still open keeps its service worker in use, and the next load would
  // come from it. sessionStorage (the session) belongs to the tab and stays.
  await page.goto('about:blank')
  const session = await page.createCDPSession()
  try {
    await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' })
    await session.send('Network.clearBrowserCache')
  } finally {
    await session.detach()
  }
}

/** A <button> whose text, with whitespace collapsed, is exactly `text`. */
function findButton(page: Page, text: string): Promise<ElementHandle<HTMLButtonElement>> {
  return poll(`button "${text}" on ${page.url()}`, async () => {
    for (const button of await page.$$('button')) {
      if (collapse(await button.evaluate((element) => element.textContent ?? '')) === text) return button
    }
    return undefined
  })
}

/** Checks the radio button whose label starts with `labelStart`, as a person would: by clicking it. */
async function checkRadio(page: Page, labelStart: string): Promise<void> {
  const radio = await poll(`radio button "${labelStart}…" on ${page.url()}`, async () => {
    for (const input of await page.$$('input[type="radio"]')) {
      const label = await input.evaluate((element) =>
        element instanceof HTMLInputElement ? [...(element.labels ?? [])].map((label) => label.textContent ?? '').join(' ') : '',
      )
      if (collapse(label).startsWith(labelStart)) return input
    }
    return undefined
  })
  await radio.click()
  const checked = await radio.evaluate((element) => element instanceof HTMLInputElement && element.checked)
  if (!checked) throw new Error(`radio button "${labelStart}…" did not get checked`)
}

async function poll<T>(description: string, find: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      const found = await find()
      if (found !== undefined) return found
    } catch (error) {
      // A navigation can destroy the page's context between two looks; look again.
      lastError = error
    }
    await sleep(100)
  }
  throw new Error(`no ${description} within ${timeoutMs} ms`, { cause: lastError })
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

async function clickAndWaitForNavigation(page: Page, element: ElementHandle<Element>): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 30_000 }), element.click()])
}
