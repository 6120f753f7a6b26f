import type { RouteRecordRaw } from 'vue-router'

/** Public pages: reachable logged in or not, each in its own small chunk. */
export const infoRoutes: RouteRecordRaw[] = [
  {
    path: '/toegankelijkheid',
    name: 'toegankelijkheid',
    component: () => import('./views/AccessibilityView.vue'),
    meta: { titleKey: 'app.footer.toegankelijkheid', prerender: true },
  },
  { path: '/privacy', name: 'privacy', component: () => import('./views/PrivacyView.vue'), meta: { titleKey: 'app.footer.privacy', prerender: true } },
  { path: '/contact', name: 'contact', component: () => import('./views/ContactView.vue'), meta: { titleKey: 'app.footer.contact', prerender: true } },
]
