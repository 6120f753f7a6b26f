import type { RouteRecordRaw } from 'vue-router'

/** Zaken loads when someone opens it, never in the first load. The URL holds the zaak's id, never its content. */
export const zakenRoutes: RouteRecordRaw[] = [
  {
    path: '/zaken',
    name: 'zaken',
    component: () => import('./views/ZakenView.vue'),
    meta: { titleKey: 'zaken.titels.lijst', requiresAuth: true },
  },
  {
    path: '/zaken/:zaakId',
    name: 'zaak',
    component: () => import('./views/ZaakDetailView.vue'),
    meta: { titleKey: 'zaken.titels.zaak', requiresAuth: true },
  },
]
