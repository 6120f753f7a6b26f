import type { RouteRecordRaw } from 'vue-router'
import LoginView from './views/LoginView.vue'

/** Login is in the first load (it is where most visits start); the rest loads when needed. */
export const authRoutes: RouteRecordRaw[] = [
  { path: '/inloggen', name: 'inloggen', component: LoginView, meta: { titleKey: 'auth.login.title', guestOnly: true, prerender: true } },
  {
    path: '/auth/callback',
    name: 'auth-callback',
    component: () => import('./views/CallbackView.vue'),
    meta: { titleKey: 'auth.login.title' },
  },
  {
    path: '/hoger-niveau',
    name: 'hoger-niveau',
    component: () => import('./views/StepUpView.vue'),
    meta: { titleKey: 'auth.stepUp.title', requiresAuth: true },
  },
  {
    path: '/uitgelogd',
    name: 'uitgelogd',
    component: () => import('./views/LoggedOutView.vue'),
    meta: { titleKey: 'auth.loggedOut.title', prerender: true },
  },
]
