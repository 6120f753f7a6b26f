import type { Page } from '@playwright/test'

/**
 * What a screen reader would be told, in order: each new text of a live region and each focus move.
 * The page side is an init script, so it comes back after every full navigation (the DigiD round trip);
 * every observation goes straight to this side through a binding, so nothing is lost with the page.
 */
export type Said =
  | {
      kind: 'live'
      /** status, alert, log or the aria-live value of a region without one of those roles. */
      role: string
      politeness: 'polite' | 'assertive'
      /** What the region now says: all of it when aria-atomic, otherwise what was added or changed. */
      text: string
      /** The region came into the page with this text: screen readers often say nothing then (role=alert excepted). */
      inserted: boolean
      region: string
    }
  | {
      kind: 'focus'
      role: string
      /** The accessible name, or for a container without one (an error summary) the text it reads out. */
      text: string
      /** The dialog focus moved into: its name and description are read first. */
      dialog: string | null
      /** The person moved focus (click, Tab): not something the app said. */
      byUser: boolean
    }

export interface Recorder {
  /** A point in the record; `since` gives what came after it. */
  mark(): number
  /** What was said after the mark, once the page has been quiet for `quietMs`. */
  since(mark: number, options?: { quietMs?: number; timeoutMs?: number }): Promise<Said[]>
  all(): readonly Said[]
}

/** Installs the recorder for this page and every document it loads from now on. */
export async function recordAnnouncements(page: Page): Promise<Recorder> {
  const log: Said[] = []
  let lastAt = Date.now()
  await page.exposeBinding('__moRecordSaid', (_source, said: Said) => {
    log.push(said)
    lastAt = Date.now()
  })
  await page.addInitScript(installInPage)
  return {
    mark: () => log.length,
    all: () => log,
    async since(mark, { quietMs = 700, timeoutMs = 10_000 } = {}) {
      const start = Date.now()
      // Let the page finish what it was doing (a round trip flushes pending bindings), then wait for quiet.
      // A round trip, not a page timer: page.clock may have frozen those.
      await page.evaluate(() => 0).catch(() => undefined)
      lastAt = Math.max(lastAt, Date.now() - quietMs / 2)
      while (Date.now() - lastAt < quietMs && Date.now() - start < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 100))
      return log.slice(mark)
    },
  }
}

/** Runs in the page (serialised by Playwright): no imports, no closures over this module. */
function installInPage(): void {
  if (window.top !== window) return
  const record = (said: unknown) => void (window as unknown as { __moRecordSaid?: (said: unknown) => Promise<void> }).__moRecordSaid?.(said)
  const REGION = '[aria-live], [role="status"], [role="alert"], [role="log"]'
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

  function hidden(element: Element): boolean {
    if (element.getAttribute('aria-hidden') === 'true' || (element instanceof HTMLElement && element.hidden)) return true
    const style = getComputedStyle(element)
    return style.display === 'none' || style.visibility === 'hidden'
  }

  /** Text as read: hidden parts left out; a nested region is its own voice, unless `withRegions`. */
  function textOf(node: Node, withRegions = false): string {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
    if (!(node instanceof Element)) return ''
    if (hidden(node)) return ''
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) return ''
    const parts = [...node.childNodes].map((child) => (!withRegions && child instanceof Element && child.matches(REGION) ? '' : textOf(child, withRegions)))
    const block = node instanceof HTMLElement && !['inline', 'contents'].includes(getComputedStyle(node).display)
    return block ? ` ${parts.join('')} ` : parts.join('')
  }

  function politeness(region: Element): 'polite' | 'assertive' | null {
    const live = region.getAttribute('aria-live')
    if (live === 'off') return null
    if (live === 'assertive' || region.getAttribute('role') === 'alert') return 'assertive'
    return 'polite'
  }

  function describe(element: Element): string {
    const id = element.id ? `#${element.id}` : ''
    const klass = element.classList.length > 0 ? `.${[...element.classList].join('.')}` : ''
    return `${element.tagName.toLowerCase()}${id}${klass}[${element.getAttribute('role') ?? `aria-live=${element.getAttribute('aria-live')}`}]`
  }

  // Per region: what it said last, so only a change is recorded; a region seen for the first time was inserted.
  const known = new WeakMap<Element, string>()
  const added = new Set<Node>()
  let started = false

  function scan(): void {
    for (const region of document.querySelectorAll(REGION)) {
      const level = politeness(region)
      const now = collapse(textOf(region))
      const before = known.get(region)
      known.set(region, now)
      if (!level || !started || now === '' || now === before) continue
      const atomic = region.getAttribute('aria-atomic') === 'true'
      // Not atomic: a screen reader reads what changed, not the whole region again.
      const changed = atomic || before === undefined ? now : collapse([...added].filter((node) => region.contains(node) && node.isConnected && !isInNestedRegion(node, region)).map((node) => textOf(node)).join(' ')) || now
      record({
        kind: 'live',
        role: region.getAttribute('role') ?? region.getAttribute('aria-live') ?? '',
        politeness: level,
        text: changed,
        inserted: before === undefined,
        region: describe(region),
      })
    }
    added.clear()
  }

  function isInNestedRegion(node: Node, region: Element): boolean {
    const element = node instanceof Element ? node : node.parentElement
    const closest = element?.closest(REGION)
    return closest !== null && closest !== undefined && closest !== region
  }

  // ---- focus ----
  const implicitRoles: Record<string, string> = {
    A: 'link', BUTTON: 'button', MAIN: 'main', NAV: 'navigation', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading',
    H5: 'heading', H6: 'heading', SELECT: 'combobox', TEXTAREA: 'textbox', DIALOG: 'dialog', SUMMARY: 'button', FORM: 'form',
  }
  function roleOf(element: Element): string {
    const explicit = element.getAttribute('role')
    if (explicit) return explicit.split(' ')[0] ?? explicit
    if (element instanceof HTMLInputElement) {
      const type = element.type
      if (type === 'checkbox' || type === 'radio') return type
      if (type === 'search') return 'searchbox'
      if (['button', 'submit', 'reset'].includes(type)) return 'button'
      return 'textbox'
    }
    if (element.tagName === 'A' && !element.hasAttribute('href')) return 'generic'
    return implicitRoles[element.tagName] ?? 'generic'
  }
  const nameFromContent = new Set(['link', 'button', 'heading', 'checkbox', 'radio', 'tab', 'menuitem', 'option', 'cell', 'treeitem', 'switch'])
  function byIds(ids: string): string {
    return collapse(ids.split(/\s+/).map((id) => (id ? textOf(document.getElementById(id) ?? document.createElement('span'), true) : '')).join(' '))
  }
  function nameOf(element: Element): string {
    const labelledby = element.getAttribute('aria-labelledby')
    if (labelledby) return byIds(labelledby)
    const label = element.getAttribute('aria-label')
    if (label) return collapse(label)
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
      const labels = element.labels ? [...element.labels] : []
      if (labels.length > 0) return collapse(labels.map((node) => textOf(node, true)).join(' '))
      return collapse(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '')
    }
    if (nameFromContent.has(roleOf(element))) return collapse(textOf(element, true))
    return ''
  }
  function focusText(element: Element): string {
    const name = nameOf(element)
    if (name) return name
    // A focused container without a name (role generic, group, alert): screen readers read its content.
    return ['generic', 'alert', 'status', 'group', 'region', 'article'].includes(roleOf(element)) ? collapse(textOf(element, true)) : ''
  }

  let userAt = 0
  let userTarget: EventTarget | null = null
  const byPerson = (target: EventTarget | null) => {
    userAt = performance.now()
    userTarget = target
  }
  window.addEventListener('pointerdown', (event) => byPerson(event.target), true)
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Tab') byPerson(null)
  }, true)
  document.addEventListener('focusin', (event) => {
    const element = event.target
    if (!(element instanceof Element)) return
    scan()
    const dialog = element.closest('dialog, [role="dialog"], [role="alertdialog"]')
    const recent = performance.now() - userAt < 500
    const byUser = recent && (userTarget === null || (userTarget instanceof Node && element.contains(userTarget)))
    const dialogText = dialog ? collapse([nameOf(dialog), byIds(dialog.getAttribute('aria-describedby') ?? '')].join(' ')) : null
    record({ kind: 'focus', role: roleOf(element), text: focusText(element), dialog: dialogText, byUser })
  }, true)

  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') added.add(mutation.target)
      for (const node of mutation.addedNodes) added.add(node)
    }
    scan()
  })
  function start(): void {
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'class', 'style'] })
    scan()
    // Regions in the page as it loads are its content, read as a page: from here on each change is news.
    started = true
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true })
  else start()
}
