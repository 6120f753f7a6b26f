import { isLocale, LOCALE_COOKIE, type Locale } from '../../shared/i18n/locale-names'

/**
 * Where the build writes a prerendered page, and where the server and the service worker look for it:
 * `/inloggen` in Dutch is `inloggen.html`, in English `inloggen.en.html`. Every other path gets the frame
 * of the private pages, `index.html` or `index.en.html`. Kept free of app code: the service worker imports it.
 */
export const SHELL_PATH = '/'

const PAGE_PATH = /^\/[a-z][a-z-]*$/

export function pageFile(path: string, locale: string): string {
  const name = path === SHELL_PATH || !PAGE_PATH.test(path) ? 'index' : path.slice(1)
  return locale === 'nl' ? `${name}.html` : `${name}.${locale}.html`
}

/** The language in a `Cookie` header (LOCALE_COOKIE); Dutch without one. */
export function localeFromCookie(header: string | null | undefined): Locale {
  const value = (header ?? '').split(/;\s*/).find((pair) => pair.startsWith(`${LOCALE_COOKIE}=`))?.slice(LOCALE_COOKIE.length + 1)
  return isLocale(value) ? value : 'nl'
}
