import DOMPurify from 'dompurify'

/**
 * A message body is HTML written by another organisation: it may never run a script, load
 * something from elsewhere, or take over the page. DOMPurify keeps only harmless markup;
 * links open in a new tab without access to this one.
 */
const purifier = DOMPurify()

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? ''
    // An unsafe link becomes plain text: no href, so nothing that claims to open a tab.
    if (!/^(https?:|mailto:)/i.test(href)) {
      node.removeAttribute('href')
      node.removeAttribute('target')
      return
    }
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  }
})

/** Text as HTML that shows exactly that text. */
export function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (teken) => `&#${teken.charCodeAt(0)};`)
}

const TOEGESTAAN = {
  ALLOWED_TAGS: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote'],
  ALLOWED_ATTR: ['href', 'target', 'rel', 'scope', 'colspan', 'rowspan'],
  ALLOW_DATA_ATTR: false,
}

export function veiligeHtml(html: string): string {
  // Without a DOM to sanitise with, show the letter as plain text rather than trust it.
  if (!purifier.isSupported) return escapeHtml(html)
  return purifier.sanitize(html, TOEGESTAAN)
}

/**
 * The sanitised letter as DOM nodes, to append without an innerHTML sink: the CSP demands
 * Trusted Types, and DOMPurify parses through its own policy named "dompurify".
 */
export function veiligeInhoud(html: string): DocumentFragment {
  if (!purifier.isSupported) {
    const tekst = document.createDocumentFragment()
    tekst.append(html)
    return tekst
  }
  return purifier.sanitize(html, { ...TOEGESTAAN, RETURN_DOM_FRAGMENT: true })
}
