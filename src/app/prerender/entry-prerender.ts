import { createMemoryHistory } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import type { Locale } from '@/shared/i18n'
import { composeTitle } from '@/shared/ui/page-title'
import { createMijnOverheid } from '../create-app'
import { features } from '../features'
import { SHELL_PATH } from './page-file'

export interface PrerenderedPage {
  path: string
  locale: Locale
  soort: 'pagina' | 'kader'
  /** The inside of `<div id="app">`. */
  html: string
  title: string
}

const routesWith = (flag: 'prerender' | 'kader'): string[] =>
  features.flatMap((feature) => feature.routes.filter((route) => route.meta?.[flag]).map((route) => route.path))

/** The public pages: routes that say `prerender` in their meta. */
export const prerenderPaths = (): string[] => routesWith('prerender')

/** The private pages with a frame of their own (routes that say `kader`), and SHELL_PATH: the frame of all others. */
export const kaderPaths = (): string[] => [...routesWith('kader'), SHELL_PATH]

/**
 * Renders one page as a visitor sees it before logging in, or (`soort: 'kader'`) the frame of a private page,
 * without a person. Runs at build time only, in Node with a DOM stand-in (scripts/prerender).
 */
export async function prerender(path: string, locale: Locale, soort: 'pagina' | 'kader'): Promise<PrerenderedPage> {
  const shell = soort === 'kader'
  // The router starts at its history's location when it is installed: that must be the page already.
  // The frame of all other private pages belongs to no page: it is drawn over a public route, whose content it leaves out.
  const start = path === SHELL_PATH ? '/privacy' : path
  const history = createMemoryHistory()
  history.replace(start)
  const { app, router, i18n, loadLocale } = createMijnOverheid({ hydrate: true, history, locale, shell })
  await loadLocale(locale)
  await router.isReady()
  const reached = router.currentRoute.value
  if (reached.path !== start) throw new Error(`Prerender ${path}: de router ging naar ${reached.fullPath}`)
  const context: { teleports?: Record<string, string> } = {}
  const html = await renderToString(app, context)
  if (context.teleports && Object.keys(context.teleports).length > 0) throw new Error(`Prerender ${path}: teleports worden niet meegeschreven`)
  const t = (key: string) => i18n.global.t(key)
  const title = path === SHELL_PATH ? t('app.name') : composeTitle(t(reached.meta.titleKey ?? 'app.name'), t('app.titleSuffix'))
  return { path, locale, soort, html, title }
}
