/** What other parts of the app may use from the auth feature. */
import { defineAsyncComponent } from 'vue'

export { authMessages } from './auth.messages'
export { authRoutes } from './routes'
export { AUTH_DEPENDENCIES, useAuthStore } from './auth.store'
export { usePersonStore } from './person.store'
export { readAuthConfig } from './auth.config'

/** Idle warning, timeout and renewal: loaded only once someone is logged in. */
export const SessionTimeout = defineAsyncComponent(() => import('./components/SessionTimeout.vue'))
