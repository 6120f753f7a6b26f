/** What the template needs for one prerendered page. */
export interface PageParts {
  soort: 'pagina' | 'kader'
  path: string
  locale: string
  title: string
  /** The rendered inside of `<div id="app">`. */
  html: string
  /** Shown by CSS alone after a few seconds, removed by the app once it runs (theme/base.css `.js-fallback`). */
  fallback: { text: string; reload: string }
}

const APP_ROOT = '<div id="app"></div>'

/**
 * Puts a rendered page into the built index.html: its language, its title, the HTML inside `#app` with what the
 * app needs to decide whether to take it over, and the message for when the JavaScript never comes. No inline
 * script or style: the CSP stays `script-src 'self'; style-src 'self'`.
 */
export function pageHtml(template: string, page: PageParts): string {
  if (!template.includes(APP_ROOT)) throw new Error('index.html heeft geen <div id="app"></div>')
  const root = `<div id="app" data-prerendered="${page.soort}" data-pad="${escapeAttribute(page.path)}" data-taal="${page.locale}">${page.html}</div>`
  // The link is a plain link to this page: it works without JavaScript. A frame is served for many addresses:
  // its link (an empty href) loads the address the person is at.
  const here = page.soort === 'kader' ? '' : page.path
  const fallback =
    `<div id="js-fallback" class="js-fallback" role="status"><p>${escapeText(page.fallback.text)} ` +
    `<a href="${escapeAttribute(here)}">${escapeText(page.fallback.reload)}</a></p></div>`
  const withRoot = template.replace(APP_ROOT, () => root + fallback)
  return withRoot
    .replace(/<html lang="[^"]*"/, `<html lang="${page.locale}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(page.title)}</title>`)
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;')
}

/** Style attributes would need `'unsafe-inline'` under our CSP: the build refuses them instead. */
export function assertNoInlineStyleOrScript(html: string, path: string): void {
  if (/\sstyle\s*=/.test(html)) throw new Error(`Prerender ${path}: een style-attribuut botst met de CSP`)
  if (/<script(?![^>]*\bsrc=)/i.test(html)) throw new Error(`Prerender ${path}: een inline script botst met de CSP`)
  if (/\son[a-z]+\s*=/i.test(html)) throw new Error(`Prerender ${path}: een event-attribuut botst met de CSP`)
}
