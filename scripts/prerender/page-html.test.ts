import { describe, expect, it } from 'vitest'
import { assertNoInlineStyleOrScript, pageHtml } from './page-html'

const template = '<!doctype html><html lang="nl" dir="ltr"><head><title>Mijn Overheid</title></head><body><div id="app"></div><script type="module" src="/assets/x.js"></script></body></html>'
const parts = {
  soort: 'pagina' as const,
  path: '/privacy',
  locale: 'en',
  title: 'Privacy - Mijn Overheid',
  html: '<h1>Privacy</h1>',
  fallback: { text: 'This page did not load completely.', reload: 'Reload the page' },
}

describe('a prerendered page in the built index.html', () => {
  it('has its language, its title and its content, marked for the app', () => {
    const html = pageHtml(template, parts)
    expect(html).toContain('<html lang="en"')
    expect(html).toContain('<title>Privacy - Mijn Overheid</title>')
    expect(html).toContain('<div id="app" data-prerendered="pagina" data-pad="/privacy" data-taal="en"><h1>Privacy</h1></div>')
  })

  it('carries the reload message as a plain link to the same page', () => {
    expect(pageHtml(template, parts)).toContain('<a href="/privacy">Reload the page</a>')
  })

  it('lets the reload link of a frame, served for many addresses, load the address the person is at', () => {
    expect(pageHtml(template, { ...parts, soort: 'kader', path: '*' })).toContain('<a href="">Reload the page</a>')
  })

  it('escapes what it writes, and keeps "$" in the content as it is', () => {
    const html = pageHtml(template, { ...parts, title: 'A <b> & "c"', html: '<p>$& $1</p>' })
    expect(html).toContain('<title>A &lt;b&gt; &amp; "c"</title>')
    expect(html).toContain('<p>$& $1</p>')
  })

  it('refuses what the CSP would block', () => {
    expect(() => assertNoInlineStyleOrScript('<p style="color:red">x</p>', '/x')).toThrow(/style/)
    expect(() => assertNoInlineStyleOrScript('<script>alert(1)</script>', '/x')).toThrow(/script/)
    expect(() => assertNoInlineStyleOrScript('<img onerror="x">', '/x')).toThrow(/event/)
    expect(() => assertNoInlineStyleOrScript('<h1 class="a">Stijl: style</h1>', '/x')).not.toThrow()
  })
})
