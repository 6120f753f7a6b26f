import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { authRoutes, useAuthStore } from '@/features/auth'
import { berichtenRoutes } from '@/features/berichten'
import { dashboardRoutes } from '@/features/dashboard'
import { infoRoutes } from '@/features/info/routes'

const ComingSoonView = () => import('./views/ComingSoonView.vue')

/** Domains whose issue is not done yet: a plain "not ready" page, never a fake one. */
const comingSoonRoutes: RouteRecordRaw[] = (['gegevens', 'zaken', 'machtigingen'] as const).map((id) => ({
  path: `/${id}`,
  name: id,
  component: ComingSoonView,
  meta: { titleKey: `app.nav.${id}`, requiresAuth: true },
}))

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      ...dashboardRoutes,
      ...authRoutes,
      ...berichtenRoutes,
      ...comingSoonRoutes,
      ...infoRoutes,
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
    const auth = useAuthStore()
    auth.restore()
    if (to.meta.requiresAuth && !auth.isAuthenticated) return { name: 'inloggen', query: { terug: to.fullPath } }
    if (to.meta.guestOnly && auth.isAuthenticated) return { name: 'overzicht' }
    return true
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
