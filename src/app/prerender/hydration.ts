import { isLocale, type Locale } from '@/shared/i18n'

/** What the build wrote on `<div id="app">` of a prerendered page. */
export interface Prerendered {
  /** `pagina`: a public page as a visitor sees it; `kader`: the frame of the private pages, never taken over. */
  soort: 'pagina' | 'kader'
  path: string
  locale: Locale
}

export function readPrerendered(root: HTMLElement | null): Prerendered | null {
  const soort = root?.dataset.prerendered
  const locale = root?.dataset.taal
  if ((soort !== 'pagina' && soort !== 'kader') || !isLocale(locale)) return null
  return { soort, path: root?.dataset.pad ?? '', locale }
}

export interface Visit {
  path: string
  search: string
  locale: Locale
  online: boolean
  loggedIn: () => boolean
}

/**
 * A public page is prerendered for a visitor: not logged in, online, in that language, without a query (a
 * notice such as "your session ended" comes from one). Any other visit would draw something else than the
 * HTML holds, so the app draws it anew instead of taking it over with a mismatch.
 */
export function mayHydrate(prerendered: Prerendered | null, visit: Visit): boolean {
  if (prerendered?.soort !== 'pagina') return false
  const samePage = prerendered.path === visit.path && prerendered.locale === visit.locale && visit.search === ''
  return samePage && visit.online && !visit.loggedIn()
}
