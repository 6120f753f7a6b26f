import { isLocale, LOCALE_COOKIE, type Locale } from '../../shared/i18n/locale-names'

/**
 * Where the build writes a prerendered page, and where the server and the service worker look for it:
 * `/inloggen` in Dutch is `inloggen.html`, in English `inloggen.en.html`. The start page `/` (the overview,
 * where every login lands) has a frame of its own, `_start.html`, that no other path can be named to. Every
 * other path gets the frame of the private pages, `index.html` or `index.en.html`: the file of SHELL_PATH.
 * Kept free of app code: the service worker imports it.
 */
export const SHELL_PATH = '*'

const START_PATH = '/'
const PAGE_PATH = /^\/[a-z][a-z-]*$/

export function pageFile(path: string, locale: string): string {
  const name = path === START_PATH ? '_start' : PAGE_PATH.test(path) ? path.slice(1) : 'index'
  return locale === 'nl' ? `${name}.html` : `${name}.${locale}.html`
}

/** The language in a `Cookie` header (LOCALE_COOKIE); Dutch without one. */
export function localeFromCookie(header: string | null | undefined): Locale {
  const value = (header ?? '').split(/;\s*/).find((pair) => pair.startsWith(`${LOCALE_COOKIE}=`))?.slice(LOCALE_COOKIE.length + 1)
  return isLocale(value) ? value : 'nl'
}
