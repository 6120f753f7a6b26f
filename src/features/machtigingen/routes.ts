import type { RouteRecordRaw } from 'vue-router'

/**
 * Machtigingen loads when someone opens it, never in the first load. Managing machtigingen is one's own
 * business (`namens: 'eigen'`): someone acting for another never gets these pages, only "Voor wie".
 */
export const machtigingenRoutes: RouteRecordRaw[] = [
  {
    path: '/machtigingen',
    name: 'machtigingen',
    component: () => import('./views/MachtigingenView.vue'),
    meta: { titleKey: 'machtigingen.titels.overzicht', requiresAuth: true, namens: 'eigen' },
  },
  {
    path: '/machtigingen/nieuw',
    name: 'machtiging-geven',
    component: () => import('./views/MachtigingGevenView.vue'),
    meta: { titleKey: 'machtigingen.titels.geven', requiresAuth: true, namens: 'eigen' },
  },
  {
    path: '/machtigingen/namens-u-gedaan',
    name: 'namens-u-gedaan',
    component: () => import('./views/NamensGedaanView.vue'),
    meta: { titleKey: 'machtigingen.titels.namensGedaan', requiresAuth: true, namens: 'eigen' },
  },
  {
    // Also while acting for someone: the switcher.
    path: '/machtigingen/voor-wie',
    name: 'voor-wie',
    component: () => import('./views/VoorWieView.vue'),
    meta: { titleKey: 'machtigingen.titels.voorWie', requiresAuth: true, namens: 'altijd' },
  },
]
