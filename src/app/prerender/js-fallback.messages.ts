import type { Locale } from '../../shared/i18n/locale-names'

/** For a prerendered page whose JavaScript did not arrive (blocked, offline, an old version): B1, one action. */
export const JS_FALLBACK: Record<Locale, { text: string; reload: string }> = {
  nl: { text: 'Deze pagina is niet helemaal geladen. Daardoor werken knoppen misschien niet.', reload: 'Laad de pagina opnieuw' },
  en: { text: 'This page did not load completely, so buttons may not work.', reload: 'Reload the page' },
}
