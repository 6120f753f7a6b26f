// @vitest-environment jsdom
// happy-dom's node iterator skips nodes after a removal, so DOMPurify is checked in jsdom (and in Chromium by e2e).
import { describe, expect, it } from 'vitest'
import { veiligeHtml } from './veilige-html'

describe('veiligeHtml', () => {
  it('keeps the letter: paragraphs, emphasis, lists and links', () => {
    const html = veiligeHtml('<p>Beste <strong>Fatima</strong>,</p><ul><li>een</li></ul><a href="https://www.belastingdienst.nl">site</a>')
    expect(html).toContain('<strong>Fatima</strong>')
    expect(html).toContain('<li>een</li>')
    expect(html).toContain('href="https://www.belastingdienst.nl"')
  })

  it('removes everything that could run', () => {
    const html = veiligeHtml(
      '<script>alert(1)</script><img src=x onerror="alert(2)"><svg onload="alert(3)"></svg><iframe src="https://x"></iframe>' +
        '<p onclick="alert(4)" style="position:fixed">tekst</p><a href="javascript:alert(5)">a</a><form action="https://x"><input></form>',
    )
    expect(html).not.toMatch(/script|onerror|onload|onclick|iframe|javascript:|<img|<svg|<form|<input|style=/i)
    expect(html).toContain('tekst')
  })

  it('opens links in a new tab without access to this one', () => {
    expect(veiligeHtml('<a href="https://duo.nl">DUO</a>')).toContain('rel="noopener noreferrer"')
  })

  it('turns an unsafe link into plain text that claims no new tab', () => {
    const html = veiligeHtml('<a href="javascript:alert(1)" target="_self">klik</a>')
    expect(html).toBe('<a>klik</a>')
  })
})
