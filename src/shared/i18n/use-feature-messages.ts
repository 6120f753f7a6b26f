import { useI18n } from 'vue-i18n'
import { SUPPORTED_LOCALES, type Locale } from './locale'

/**
 * A lazily loaded feature adds its texts to the global messages when it renders, so they
 * stay out of the first load and still use the app's message compiler and language.
 * Merging the same texts again is harmless.
 */
export function useFeatureMessages(messages: Record<Locale, Record<string, unknown>>) {
  const i18n = useI18n({ useScope: 'global' })
  for (const locale of SUPPORTED_LOCALES) i18n.mergeLocaleMessage(locale, messages[locale])
  return i18n
}
