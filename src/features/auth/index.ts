/** What other parts of the app may use from the auth feature. */
export { authMessages } from './auth.messages'
export { authRoutes } from './routes'
export { AUTH_DEPENDENCIES, useAuthStore } from './auth.store'
export { usePersonStore } from './person.store'
export { readAuthConfig } from './auth.config'
export { useSessionGuard } from './use-session-guard'
export { default as SessionWarningDialog } from './components/SessionWarningDialog.vue'
