import { inject, type InjectionKey } from 'vue'
import { createI18n } from 'vue-i18n'
import { preferredLocale, type Locale } from './locale'
import { placeholderCompiler } from './placeholder-compiler'

export { applyLocale, isLocale, LOCALE_STORAGE_KEY, preferredLocale, SUPPORTED_LOCALES, type Locale } from './locale'
export type { Translation } from './message-types'

/** Dutch is the source language (B1); English follows the same keys. */
export function createAppI18n<Schema extends object>(messages: Record<Locale, Schema>, chosen?: Locale) {
  const locale = chosen ?? preferredLocale()
  document.documentElement.lang = locale
  return createI18n<[Schema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'nl',
    messages,
    messageCompiler: placeholderCompiler,
  })
}

/** Loads the texts of a language before the app shows it (English is not in the first load). */
export type LocaleLoader = (locale: Locale) => Promise<void>

export const LOCALE_LOADER: InjectionKey<LocaleLoader> = Symbol('LocaleLoader')

export function useLocaleLoader(): LocaleLoader {
  return inject(LOCALE_LOADER, () => Promise.resolve())
}
