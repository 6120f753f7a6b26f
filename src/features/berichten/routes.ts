import type { RouteRecordRaw } from 'vue-router'

/** The Berichtenbox loads when someone opens it, never in the first load. */
export const berichtenRoutes: RouteRecordRaw[] = [
  {
    path: '/berichten',
    name: 'berichten',
    component: () => import('./views/BerichtenView.vue'),
    meta: { titleKey: 'berichtenEntry.nav', requiresAuth: true },
  },
  {
    path: '/berichten/instellingen',
    name: 'berichten-instellingen',
    component: () => import('./instellingen/InstellingenView.vue'),
    meta: { titleKey: 'berichtenEntry.titels.instellingen', requiresAuth: true, namens: 'eigen' },
  },
  {
    path: '/berichten/:berichtId',
    name: 'bericht',
    component: () => import('./views/BerichtDetailView.vue'),
    meta: { titleKey: 'berichtenEntry.titels.bericht', requiresAuth: true },
  },
]
