import { createPinia } from 'pinia'
import { createApp, createSSRApp, type App as VueApp } from 'vue'
import type { RouterHistory } from 'vue-router'
import { AUTH_DEPENDENCIES, authDependencies, readAuthConfig } from '@/features/auth'
import { FEATURES } from '@/shared/feature'
import { HTTP_CLIENT } from '@/shared/http/http-client.key'
import { createAppI18n, LOCALE_LOADER, type Locale } from '@/shared/i18n'
import { createServerClock, SERVER_CLOCK } from '@/shared/time/server-clock'
import App from './App.vue'
import { createAppHttpClient } from './http'
import { features } from './features'
import { createLocaleLoader, firstLoadMessagesNl } from './messages'
import { APP_SHELL } from '@/shared/ui/app-shell'
import { createStages, RENDER_IN_STAGES } from '@/shared/ui/staged-render'
import { createAppRouter } from './router'

export interface AppOptions {
  /** Take over the HTML the build prerendered (hydration) instead of drawing the page anew. */
  hydrate: boolean
  history: RouterHistory
  /** Prerendering only: the language of the page, whatever this machine's storage says. */
  locale?: Locale
  /**
   * Prerendering only: the frame of a private page (header, navigation, and the page itself if its route says
   * `kader`, otherwise a placeholder), without a person.
   */
  shell?: boolean
}

/** The one place the app is put together: the browser start (main.ts) and the build's prerendering use it. */
export function createMijnOverheid({ hydrate, history, locale, shell = false }: AppOptions) {
  const app: VueApp = hydrate ? createSSRApp(App) : createApp(App)
  const i18n = createAppI18n({ nl: firstLoadMessagesNl, en: {} }, locale)
  const loadLocale = createLocaleLoader(i18n.global)
  app.provide(LOCALE_LOADER, loadLocale)
  app.provide(APP_SHELL, shell)
  const stages = hydrate ? null : createStages()
  app.provide(RENDER_IN_STAGES, stages)
  const router = createAppRouter(features, i18n.global, history, { shell })
  app.provide(FEATURES, features)

  const authConfig = readAuthConfig(import.meta.env, window.location.origin)
  app.provide(AUTH_DEPENDENCIES, authDependencies(authConfig))
  const serverClock = createServerClock()
  app.provide(SERVER_CLOCK, serverClock)
  app.provide(HTTP_CLIENT, createAppHttpClient(router, import.meta.env.VITE_API_BASE_URL || '/api', serverClock))
  app.use(createPinia())
  app.use(i18n)
  app.use(router)
  return { app, router, i18n, loadLocale, stages }
}
