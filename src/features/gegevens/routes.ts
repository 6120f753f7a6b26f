import type { RouteRecordRaw } from 'vue-router'

/**
 * Gegevens loads when someone opens it, never in the first load. No personal data in these paths or
 * their queries: "Klopt dit niet?" tells the Meldpunt (src/features/mfo) which source and which item, never the value.
 */
export const gegevensRoutes: RouteRecordRaw[] = [
  {
    path: '/gegevens',
    name: 'gegevens',
    component: () => import('./views/GegevensView.vue'),
    meta: { titleKey: 'gegevens.titels.overzicht', requiresAuth: true },
  },
  {
    path: '/gegevens/gebruik',
    name: 'gegevens-gebruik',
    component: () => import('./views/GebruikView.vue'),
    meta: { titleKey: 'gegevens.titels.gebruik', requiresAuth: true },
  },
  {
    path: '/gegevens/toestemmingen',
    name: 'gegevens-toestemmingen',
    component: () => import('./views/ToestemmingenView.vue'),
    meta: { titleKey: 'gegevens.titels.toestemmingen', requiresAuth: true },
  },

]
