import { createPinia, type Pinia } from 'pinia'
import type { App, Plugin } from 'vue'
import { createMemoryHistory, createRouter, createWebHistory, type Router } from 'vue-router'
import { features } from '@/app/features'
import { createAppRouter } from '@/app/router'
import { AUTH_DEPENDENCIES, readAuthConfig, useAuthStore } from '@/features/auth'
import { EIDAS_ACR } from '@/features/auth/assurance-levels'
import { storedUserKey } from '@/features/auth/auth-session'
import { FEATURES, type FeatureMessages } from '@/shared/feature'
import { createHttpClient } from '@/shared/http'
import { HTTP_CLIENT } from '@/shared/http/http-client.key'
import { SUPPORTED_LOCALES } from '@/shared/i18n'
import { memoryKeyStore, testProof } from './dpop'
import { createTestI18n } from './i18n'

/** Test persons by the bearer token the mock API knows them by (mocks/handlers/test-server.ts). */
const PERSONEN = {
  fatima: { sub: '999990019', acr: EIDAS_ACR.low, loa_digid: 'midden' },
  /** May change the notification e-mail (DESIGN.md §4). */
  fatimaSubstantieel: { sub: '999990019', acr: EIDAS_ACR.substantial, loa_digid: 'substantieel' },
  kees: { sub: '999990044', acr: EIDAS_ACR.low, loa_digid: 'midden' },
  noor: { sub: '999990056', acr: EIDAS_ACR.low, loa_digid: 'midden' },
  /** Anna gave her son Pieter a machtiging (Machtigingen); granting one needs Substantieel. */
  anna: { sub: '999990032', acr: EIDAS_ACR.low, loa_digid: 'midden' },
  annaSubstantieel: { sub: '999990032', acr: EIDAS_ACR.substantial, loa_digid: 'substantieel' },
  /** Pieter for himself: he received Anna's machtiging. */
  pieter: { sub: '999990020', acr: EIDAS_ACR.low, loa_digid: 'midden' },
  /** Ruud, bewindvoerder of three clients, for himself. */
  ruud: { sub: '999990068', acr: EIDAS_ACR.low, loa_digid: 'midden' },
  /** Pieter acting for his mother Anna (the `represents` claim of the NL GOV profile). */
  pieterVoorAnna: { sub: '999990020', acr: EIDAS_ACR.low, loa_digid: 'midden', represents: { sub: '999990032' } },
} as const

export type TestPersoon = keyof typeof PERSONEN

export interface AppContextOptions {
  /** The URL the router is at when the component mounts. */
  route?: string
  /** Logged in as this test person (tokens as oidc-client-ts stores them), or logged out. */
  persoon?: TestPersoon | null
  /** Texts a view merges itself (`useFeatureMessages`), for the components inside it. */
  messages?: FeatureMessages[]
  /**
   * The app's own router, guards included (for App.vue): it navigates to `route` when the app mounts,
   * so await `router.isReady()` after mounting.
   */
  appRouter?: boolean
}

export interface AppContext {
  /** For `mount(Component, { global })`: pinia, i18n, the app's routes, auth and the HTTP client. */
  global: { plugins: (Plugin | [Plugin, ...unknown[]])[] }
  router: Router
  pinia: Pinia
}

/** Leaves the tokens of a logged-in test person in sessionStorage, where the app reads them on start-up. */
function bewaarSessie(persoon: TestPersoon): void {
  const config = readAuthConfig({}, window.location.origin)
  const nu = Math.floor(Date.now() / 1000)
  const user = {
    access_token: persoon,
    refresh_token: null,
    id_token: 'id-token',
    expires_at: nu + 15 * 60,
    profile: { ...PERSONEN[persoon], auth_time: nu },
  }
  window.sessionStorage.setItem(storedUserKey(config.authority, config.clientId), JSON.stringify(user))
}

/**
 * What a component finds around it in the running app, without the browser-only parts: the app's own
 * routes (memory history, no guards, unless `appRouter`), every feature's texts, the auth store and the real HTTP client pointed at
 * msw/node (`useTestServer()` from mocks/handlers/test-server.ts). DigiD itself is out of
 * reach: login and logout calls fail as when the provider is down.
 */
export async function createAppContext(options: AppContextOptions = {}): Promise<AppContext> {
  const { route = '/', persoon = 'fatima', messages = [], appRouter = false } = options
  if (persoon) bewaarSessie(persoon)
  const pinia = createPinia()
  const i18n = createTestI18n()
  // Every feature's texts, also those the app loads with a feature's first route.
  const geladen = await Promise.all(features.map((feature) => feature.loadMessages?.()))
  for (const texts of [...geladen, ...messages]) {
    for (const locale of SUPPORTED_LOCALES) if (texts) i18n.global.mergeLocaleMessage(locale, texts[locale])
  }
  let router: Router
  if (appRouter) {
    window.history.replaceState(null, '', route)
    router = createAppRouter(features, i18n.global, createWebHistory())
  } else {
    router = createRouter({ history: createMemoryHistory(), routes: createAppRouter(features, i18n.global, createMemoryHistory()).options.routes })
    await router.push(route)
  }

  const auth: Plugin = {
    install(app: App) {
      app.provide(FEATURES, features)
      const config = readAuthConfig({}, window.location.origin)
      const keys = memoryKeyStore()
      app.provide(AUTH_DEPENDENCIES, {
        config,
        loadUserManager: () => Promise.reject(new Error('Geen DigiD in componenttests')),
        loadKeys: async () => keys,
      })
      app.provide(
        HTTP_CLIENT,
        createHttpClient({
          baseUrl: `${window.location.origin}/api`,
          getAccessToken: () => useAuthStore(pinia).getAccessToken(),
          proveKey: testProof,
          sleep: async () => undefined,
        }),
      )
      app.runWithContext(() => useAuthStore(pinia).restore())
    },
  }
  // Auth before the router: the app router's guards ask the auth store on the first navigation.
  return { global: { plugins: [pinia, i18n, auth, router] }, router, pinia }
}
