import { LOCALE_COOKIE, isLocale, type Locale } from './locale-names'

export { isLocale, LOCALE_COOKIE, SUPPORTED_LOCALES, type Locale } from './locale-names'

/**
 * The chosen language is a UI preference, not personal data: it is the one thing kept in
 * localStorage, and it stays after logout so the next visit starts in the same language.
 */
export const LOCALE_STORAGE_KEY = 'mo:taal'


export function preferredLocale(): Locale {
  const stored = safeLocalStorage()?.getItem(LOCALE_STORAGE_KEY)
  return isLocale(stored) ? stored : 'nl'
}

/** Switches the UI language and tells assistive technology through <html lang>. */
export function applyLocale(current: { value: string }, locale: Locale): void {
  current.value = locale
  document.documentElement.lang = locale
  safeLocalStorage()?.setItem(LOCALE_STORAGE_KEY, locale)
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`
}

/** Private modes and strict settings can make storage throw; the app must still work. */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
