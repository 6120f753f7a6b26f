import { createRouter, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { useAuthStore } from '@/features/auth'
import type { Feature } from '@/shared/feature'
import { SUPPORTED_LOCALES } from '@/shared/i18n'

/** What the router needs to add a lazily loaded feature's texts (vue-i18n's global composer). */
export interface MessageSink {
  mergeLocaleMessage(locale: string, messages: Record<string, unknown>): void
}

/** `shell`: the build draws the frame of a private page, for no one; nobody is logged in, and nobody is sent to login. */
export function createAppRouter(features: readonly Feature[], i18n: MessageSink, history: RouterHistory, { shell = false } = {}) {
  // A page needs what its feature's navigation item needs, unless it says otherwise (Berichtenbox settings: 'eigen').
  const routes: RouteRecordRaw[] = features.flatMap((feature) =>
    feature.routes.map((route) => {
      const namens = route.meta?.namens ?? feature.nav?.namens
      return { ...route, meta: { ...route.meta, feature: feature.id, ...(namens ? { namens } : {}) } }
    }),
  )
  const router = createRouter({
    history,
    routes: [
      ...routes,
      {
        path: '/:pathMatch(.*)*',
        name: 'niet-gevonden',
        component: () => import('./views/NotFoundView.vue'),
        meta: { titleKey: 'app.notFound.title' },
      },
    ],
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  // Deep links survive login: the wanted path travels along and comes back after DigiD.
  router.beforeEach((to) => {
    if (shell) return true
    const auth = useAuthStore()
    // On the way back from DigiD the new login replaces the stored one, whose tokens DigiD may have
    // ended already (a step-up): using them here would end in a 401 and a logout.
    if (to.name !== 'auth-callback') auth.restore()
    if (to.meta.requiresAuth && !auth.isAuthenticated) {
      // From the start page there is nothing to come back to: the overview is where a login lands anyway.
      return to.fullPath === '/' ? { name: 'inloggen' } : { name: 'inloggen', query: { terug: to.fullPath } }
    }
    if (to.meta.guestOnly && auth.isAuthenticated) return { name: 'overzicht' }
    if (to.meta.minimumAcr && !auth.hasLevel(to.meta.minimumAcr)) {
      return { name: 'hoger-niveau', query: { terug: to.fullPath, niveau: to.meta.minimumAcr } }
    }
    return true
  })

  // A feature's texts arrive before its first screen shows, so nobody sees a message key.
  const loaded = new Map<string, Promise<void>>()
  router.beforeResolve(async (to) => {
    const feature = features.find((candidate) => candidate.id === to.meta.feature)
    if (!feature?.loadMessages) return
    const loading =
      loaded.get(feature.id) ??
      feature.loadMessages().then((messages) => {
        for (const locale of SUPPORTED_LOCALES) i18n.mergeLocaleMessage(locale, messages[locale])
      })
    loaded.set(feature.id, loading)
    await loading.catch((error: unknown) => {
      loaded.delete(feature.id)
      throw error
    })
  })

  // After a new deployment an open tab may ask for a chunk that no longer exists: load the
  // page afresh (once), instead of leaving an empty screen.
  router.onError((error: unknown, to) => {
    if (!(error instanceof TypeError) || !/dynamically imported module|module script/i.test(error.message)) return
    if (window.sessionStorage.getItem(RELOAD_KEY) === to.fullPath) return
    window.sessionStorage.setItem(RELOAD_KEY, to.fullPath)
    window.location.assign(to.fullPath)
  })

  return router
}

const RELOAD_KEY = 'mo:herladen'
