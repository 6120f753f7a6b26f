import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'

const ERROR_PREFIX_PATTERN = /^(Fout|Error): /

/** "Berichten - Mijn Overheid". Titles land in the browser history: never put personal data in them. */
export function composeTitle(title: string, suffix: string): string {
  return title === suffix ? suffix : `${title} - ${suffix}`
}

/** Sets the page title; an error prefix ("Fout: ") that a form put there stays until the form clears it. */
export function setDocumentTitle(title: string): void {
  const prefix = ERROR_PREFIX_PATTERN.exec(document.title)?.[0] ?? ''
  document.title = `${prefix}${title}`
}

/**
 * A view whose title depends on its state (the folder, the search, the page) sets it here; the
 * route's own title is the default until then.
 */
export function usePageTitle(title: () => string | null): void {
  const { t } = useI18n()
  watchEffect(() => {
    const value = title()
    if (value) setDocumentTitle(composeTitle(value, t('app.titleSuffix')))
  })
}
