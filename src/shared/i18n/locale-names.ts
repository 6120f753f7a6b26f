/** The languages and the cookie that names the chosen one: no DOM, so the server and the service worker use it too. */
export const SUPPORTED_LOCALES = ['nl', 'en'] as const
export type Locale = (typeof SUPPORTED_LOCALES)[number]

/**
 * The chosen language as a cookie, so the server (and the service worker) can send the page prerendered in that
 * language. It holds only "nl" or "en".
 */
export const LOCALE_COOKIE = 'mo-taal'

export function isLocale(value: unknown): value is Locale {
  return SUPPORTED_LOCALES.some((locale) => locale === value)
}
