import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { AXE_TAGS } from '../../e2e/support/axe-tags'


export interface AxeBevinding {
  regel: string
  impact: string | null
  uitleg: string
  hulp: string
  elementen: string[]
  /** Why axe flagged it or could not decide ("background is a gradient", "partially obscured"), once each. */
  redenen: string[]
}

export interface AxeUitslag {
  overtredingen: AxeBevinding[]
  onvolledig: AxeBevinding[]
}

export async function axe(page: Page): Promise<AxeUitslag> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const bevinding = (result: (typeof results.violations)[number]): AxeBevinding => ({
    regel: result.id,
    impact: result.impact ?? null,
    uitleg: result.help,
    hulp: result.helpUrl,
    elementen: result.nodes.map((node) => node.target.join(' ')),
    redenen: [...new Set(result.nodes.flatMap((node) => [...node.any, ...node.all, ...node.none].map((check) => check.message)))],
  })
  return { overtredingen: results.violations.map(bevinding), onvolledig: results.incomplete.map(bevinding) }
}

/** How many CSS pixels the page is wider than the window (WCAG 1.4.10: nothing at 320 px). */
export async function horizontaalScrollen(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth))
}

/**
 * Elements whose text no longer fits and is cut off: a box that hides its overflow while its content is bigger.
 * Boxes of one pixel or less are the visually hidden texts for screen readers, hidden on purpose.
 */
async function afgekapt(page: Page): Promise<string[]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const gevonden: string[] = []
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.clientWidth <= 1 || element.clientHeight <= 1 || (element.textContent ?? '').trim() === '') continue
      const style = getComputedStyle(element)
      const teHoog = ['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1
      const teBreed = ['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1
      if (!teHoog && !teBreed) continue
      const klasse = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : ''
      gevonden.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${klasse} "${(element.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return gevonden
  })
}

/** WCAG 1.4.12: the spacing a person may set themselves (line 1.5, paragraphs 2em, letters 0.12em, words 0.16em). */
const TEKSTAFSTAND_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`

export interface TekstUitslag {
  afgekapt: string[]
  horizontaalScrollen: number
}

/** With the text spacing of WCAG 1.4.12 applied: what is cut off, and whether the page scrolls sideways. */
export async function metTekstafstand(page: Page): Promise<TekstUitslag> {
  // A constructed style sheet, as a browser extension adds one: the page's CSP (no inline styles) stays as it is.
  const zet = (css: string | null) =>
    page.evaluate((regels) => {
      const eigen = document.adoptedStyleSheets.filter((sheet) => !('tekstafstand' in sheet))
      if (regels === null) {
        document.adoptedStyleSheets = eigen
        return
      }
      const sheet = Object.assign(new CSSStyleSheet(), { tekstafstand: true })
      sheet.replaceSync(regels)
      document.adoptedStyleSheets = [...eigen, sheet]
    }, css)
  await zet(TEKSTAFSTAND_CSS)
  try {
    await page.waitForTimeout(100)
    return { afgekapt: await afgekapt(page), horizontaalScrollen: await horizontaalScrollen(page) }
  } finally {
    await zet(null)
  }
}

/** WCAG 1.4.4: text at 200% (the root font size, as a browser's text-only zoom does). */
export async function metTekst200(page: Page): Promise<TekstUitslag> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%'
  })
  try {
    await page.waitForTimeout(100)
    return { afgekapt: await afgekapt(page), horizontaalScrollen: await horizontaalScrollen(page) }
  } finally {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = ''
    })
  }
}
