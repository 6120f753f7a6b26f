import type { RouteRecordRaw } from 'vue-router'

/** Reached from the connection status; for oneself and while acting for someone (each sees their own list). */
export const wachtrijRoutes: RouteRecordRaw[] = [
  {
    path: '/wacht-op-verbinding',
    name: 'wachtrij',
    component: () => import('./views/WachtrijView.vue'),
    meta: { titleKey: 'wachtrij.titel', requiresAuth: true, namens: 'altijd' },
  },
]
