/**
 * Finds elements the way a screen reader user does: by role and accessible name. A small subset of
 * WAI-ARIA's role mapping and name computation, enough for our components; axe checks the rest.
 */
const TEXTBOX_TYPES = new Set(['', 'text', 'email', 'tel', 'url', 'password'])

function implicitRole(element: Element): string | null {
  const tag = element.tagName.toLowerCase()
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase()
    if (TEXTBOX_TYPES.has(type)) return 'textbox'
    if (type === 'search') return 'searchbox'
    if (type === 'checkbox' || type === 'radio') return type
    if (type === 'button' || type === 'submit' || type === 'reset') return 'button'
    return null
  }
  const byTag: Record<string, string> = {
    button: 'button', textarea: 'textbox', select: 'combobox', fieldset: 'group', nav: 'navigation',
    dialog: 'dialog', progress: 'progressbar', ul: 'list', ol: 'list', li: 'listitem',
    h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  }
  if (tag === 'a') return element.hasAttribute('href') ? 'link' : null
  // A section is a region (a landmark) only when it has a name.
  if (tag === 'section') return element.hasAttribute('aria-labelledby') || element.hasAttribute('aria-label') ? 'region' : null
  return byTag[tag] ?? null
}

export const roleOf = (element: Element): string | null => element.getAttribute('role') ?? implicitRole(element)

/** Text content as it is read: without aria-hidden or hidden parts, white space collapsed. */
export function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
  if (!(node instanceof Element)) return ''
  if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return ''
  return [...node.childNodes].map(textOf).join('')
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

export function nameOf(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby')
  if (labelledBy) {
    return collapse(labelledBy.split(/\s+/).map((id) => textOf(document.getElementById(id) ?? document.createElement('i'))).join(' '))
  }
  const label = element.getAttribute('aria-label')
  if (label) return collapse(label)
  if (element.tagName === 'FIELDSET') return collapse(textOf(element.querySelector(':scope > legend') ?? document.createElement('i')))
  if (element.id && /^(INPUT|SELECT|TEXTAREA|PROGRESS)$/.test(element.tagName)) {
    const labels = [...document.querySelectorAll(`label[for="${CSS.escape(element.id)}"]`)]
    if (labels.length > 0) return collapse(labels.map(textOf).join(' '))
  }
  return collapse(textOf(element))
}

/** The description a screen reader reads after the name: the aria-describedby texts (also when hidden). */
export function descriptionOf(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? []
  return collapse(ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '))
}

const matches = (actual: string, expected: string | RegExp) =>
  typeof expected === 'string' ? actual === expected : expected.test(actual)

export function queryAllByRole(root: Element, role: string, name?: string | RegExp): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) => roleOf(element) === role && (name === undefined || matches(nameOf(element), name)),
  )
}

export function getByRole(root: Element, role: string, name?: string | RegExp): HTMLElement {
  const found = queryAllByRole(root, role, name)
  const [only] = found
  if (!only || found.length > 1) throw new Error(`Expected one ${role} named ${String(name)}, found ${found.length}`)
  return only
}
