import { expect, type Locator, type Page } from '@playwright/test'

/**
 * A measured focus check (WCAG 2.4.7 Focus Visible, 1.4.11 Non-text Contrast), for use after every key
 * press of a keyboard journey.
 *
 * Focus must be on an element, not on <body>, and that element must be shown (not in a closed dialog,
 * closed <details>, [hidden], [inert] or aria-hidden part, and on screen). A control must show an
 * indicator that is measured from its computed style: an outline of at least 2 px that is not 'none', or
 * a box-shadow ring with a spread of at least 2 px, in a colour with a contrast of at least 3:1 against
 * the background it is drawn on (the first ancestor with a background; the page's own otherwise).
 *
 * One exception, by design (src/theme/base.css): <main> or a page heading (h1, h2) that gets focus
 * from the app (tabindex="-1") after a navigation is a starting point, not a control, and shows no
 * ring; it must still be shown and on screen. Anything else the app moves focus to (a message, an
 * item, a task done) must show the ring like a control.
 */
export interface FocusMeasurement {
  /** tag, role and accessible name of the focused element, for the failure message */
  element: string
  /** why the focus is not visible; null when it is */
  problem: string | null
  /** how the focus showed: 'outline 3px rgb(…) op rgb(…): 19.7:1' or 'startpunt' */
  indicator: string | null
  /** the first measurement on this document (none since it loaded) */
  newDocument?: boolean
}

/** Below this contrast against its background an indicator does not count (WCAG 1.4.11). */
export const MIN_CONTRAST = 3
/** The thinnest outline or ring that counts as an indicator, in CSS px. */
export const MIN_WIDTH_PX = 2

/** Set on the window by every measurement: gone after a key press means the press loaded a new document. */
const MARK = '__focusGemetenOpDezePagina'

/** Measures the focus in the page, in one round trip (it runs in the browser, so it is self-contained). */
export function measureFocus(page: Page): Promise<FocusMeasurement> {
  return page.evaluate(
    ({ minContrast, minWidth, mark }) => {
      const newDocument = !(mark in window)
      Object.assign(window, { [mark]: true })
      type Rgba = [number, number, number, number]

      const parseColour = (value: string): Rgba | null => {
        const match = /rgba?\(([^)]+)\)/.exec(value)
        if (!match?.[1]) return null
        const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number)
        return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1]
      }
      const over = (top: Rgba, bottom: Rgba): Rgba => {
        const alpha = top[3]
        return [0, 1, 2].map((index) => (top[index] ?? 0) * alpha + (bottom[index] ?? 0) * (1 - alpha)).concat(1) as Rgba
      }
      const luminance = (colour: Rgba): number => {
        const [r, g, b] = colour.slice(0, 3).map((channel) => {
          const value = channel / 255
          return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
      }
      const contrast = (a: Rgba, b: Rgba): number => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
        return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
      }
      const css = (colour: Rgba) => `rgb(${colour.slice(0, 3).map(Math.round).join(' ')})`

      /** The colour an indicator is drawn on: the backgrounds from `start` up, composited; the page (white by default) last. */
      const backgroundBehind = (start: Element | null): Rgba => {
        const layers: Rgba[] = []
        for (let node = start; node; node = node.parentElement) {
          const colour = parseColour(getComputedStyle(node).backgroundColor)
          if (colour && colour[3] > 0) {
            layers.push(colour)
            if (colour[3] >= 1) break
          }
        }
        return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1])
      }

      const describe = (element: Element): string => {
        const tag = element.tagName.toLowerCase()
        const role = element.getAttribute('role')
        const type = element.getAttribute('type')
        const labelledBy = element.getAttribute('aria-labelledby')
        const label =
          element.getAttribute('aria-label') ??
          (labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
          ('labels' in element ? Array.from((element as HTMLInputElement).labels ?? []).map((own) => own.textContent ?? '').join(' ') : '') ??
          ''
        const name = (label || element.textContent || element.getAttribute('title') || '').replace(/\s+/g, ' ').trim().slice(0, 80)
        return `<${tag}${type ? ` type=${type}` : ''}${role ? ` role=${role}` : ''}> "${name}"`
      }

      const active = document.activeElement
      if (!active || active === document.body || active === document.documentElement) {
        return { element: active ? `<${active.tagName.toLowerCase()}>` : 'niets', problem: 'de focus is verloren (op <body>)', indicator: null, newDocument }
      }
      const element = describe(active)
      const fail = (problem: string) => ({ element, problem, indicator: null, newDocument })

      if (!active.isConnected) return fail('het element met focus staat niet meer in de pagina')
      const hiddenPart = active.closest('[hidden], [inert], [aria-hidden="true"], dialog:not([open])')
      if (hiddenPart) return fail(`het element staat in een verborgen deel (${describe(hiddenPart)})`)
      const closedDetails = active.closest('details:not([open])')
      if (closedDetails && !active.matches('details > summary')) return fail('het element staat in een dichtgeklapt <details>')
      if (!active.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return fail('het element is onzichtbaar (display, visibility of opacity)')
      const box = active.getBoundingClientRect()
      if (box.width < 1 || box.height < 1) return fail(`het element heeft geen afmeting (${box.width}×${box.height})`)
      if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return fail('het element staat buiten beeld')

      // A starting point after navigation (see the comment at the top of this file).
      const nativelyFocusable = active.matches('a[href], button, input, select, textarea, summary, [contenteditable], iframe, audio[controls], video[controls]')
      const startingPoint = active.getAttribute('tabindex') === '-1' && !nativelyFocusable && active.matches('main, h1, h2')
      if (startingPoint) return { element, problem: null, indicator: 'startpunt', newDocument }

      const style = getComputedStyle(active)
      const found: string[] = []
      let best: { contrast: number; text: string } | null = null
      const consider = (kind: string, width: number, colour: Rgba | null, inside: boolean) => {
        if (!colour || colour[3] === 0) return found.push(`${kind} transparant`)
        if (width < minWidth) return found.push(`${kind} ${width}px (te dun)`)
        const behind = backgroundBehind(inside ? active : active.parentElement)
        const ratio = contrast(over(colour, behind), behind)
        const text = `${kind} ${width}px ${css(colour)} op ${css(behind)}: ${ratio.toFixed(1)}:1`
        found.push(text)
        if (!best || ratio > best.contrast) best = { contrast: ratio, text }
      }
      if (style.outlineStyle !== 'none' && style.outlineStyle !== 'hidden') {
        consider('outline', parseFloat(style.outlineWidth), parseColour(style.outlineColor), parseFloat(style.outlineOffset) < 0)
      }
      // Each shadow: "rgb(…) x y blur spread [inset]"; a ring is one with no offset and a spread.
      for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
        const colour = parseColour(shadow)
        const lengths = shadow.replace(/rgba?\([^)]*\)/, '').trim().split(/\s+/).filter((part) => part.endsWith('px')).map(parseFloat)
        const [x = 0, y = 0, , spread = 0] = lengths
        if (Math.abs(x) > 1 || Math.abs(y) > 1) continue
        consider('box-shadow', spread, colour, shadow.includes('inset'))
      }
      const winner = best as { contrast: number; text: string } | null
      if (winner && winner.contrast >= minContrast) return { element, problem: null, indicator: winner.text, newDocument }
      return fail(found.length > 0 ? `de focusindicator is te zwak: ${found.join('; ')}` : 'er is geen focusindicator (geen outline, geen box-shadow)')
    },
    { minContrast: MIN_CONTRAST, minWidth: MIN_WIDTH_PX, mark: MARK },
  )
}

/**
 * Fails unless the focus is visible. Focus may pass <body> for a moment while a page changes (a route
 * change, an answer that replaces a form); what counts is where it settles, so this waits up to `timeout`.
 * A key press that loaded a new document (DigiD and back) starts with the focus on <body>, as every
 * page load does; that is no loss, so `newDocumentAllowed` accepts it there.
 */
export async function expectVisibleFocus(page: Page, after = '', options: { timeout?: number; newDocumentAllowed?: boolean } = {}): Promise<FocusMeasurement> {
  const { timeout = 3_000, newDocumentAllowed = false } = options
  const deadline = Date.now() + timeout
  let last: FocusMeasurement = { element: 'onbekend', problem: 'niet gemeten', indicator: null }
  let newDocument = false
  for (;;) {
    try {
      last = await measureFocus(page)
      // FOCUS_LOG=1 prints every measurement: where the focus went and how it showed.
      if (process.env.FOCUS_LOG) console.log(`${after} → ${last.element} ${last.indicator ?? last.problem}`)
      if (!last.problem) return last
      newDocument ||= last.newDocument === true
      if (newDocumentAllowed && newDocument && last.element === '<body>') {
        return { element: '<body>', problem: null, indicator: 'nieuwe pagina' }
      }
    } catch (error) {
      // A navigation destroyed the page under the measurement: measure again on the new one.
      last = { element: 'onbekend', problem: `meten mislukt: ${(error as Error).message.split('\n')[0]}`, indicator: null }
    }
    if (Date.now() > deadline) break
    await page.waitForTimeout(100)
  }
  const where = after ? ` na ${after}` : ''
  expect(last.problem, `zichtbare focus${where} op ${page.url()}: ${last.element}`).toBeNull()
  return last
}

/** Presses a key, as a keyboard user would, and checks that the focus is visible afterwards. */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key)
  // Only an activation (Enter, Space) can load a new document; after Tab or an arrow <body> is always a loss.
  await expectVisibleFocus(page, key, { newDocumentAllowed: !/Tab|Arrow/.test(key) })
}

/** Types text key by key; the focus is checked once after the text (a character does not move focus). */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text)
  await expectVisibleFocus(page, `typen van "${text.slice(0, 20)}"`)
}

/**
 * Like `tabTo` in keyboard.ts, with the focus checked after every press, and in the direction a person
 * would go: Shift+Tab when the target comes before the focus (the main menu, seen from the page heading).
 */
export async function tabToVisibly(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  const before = await target.evaluate((element, mark) => {
    // The first press on a page follows this: mark the page, so a new document after it is known.
    Object.assign(window, { [mark]: true })
    const active = document.activeElement
    return !!active && active !== document.body && (element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  }, MARK)
  const key = before ? 'Shift+Tab' : 'Tab'
  for (let count = 0; count < maxPresses; count += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await press(page, key)
  }
  await expect(target, `bereikbaar met ${key} in ${maxPresses} stappen`).toBeFocused()
}
