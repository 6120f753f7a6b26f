/** What other parts of the app may use from the auth feature. */
import { lazyComponent } from '@/shared/ui/lazy-component'
import type { Feature } from '@/shared/feature'
import { authMessagesNl } from './auth.messages'
import { authRoutes } from './routes'

import type { AuthConfig } from './auth.config'
import type { DpopKeyStore } from './dpop/dpop-key-store'
import type { AuthDependencies } from './auth.store'

export { AUTH_DEPENDENCIES, useAuthStore } from './auth.store'
export { usePersonStore } from './person.store'
export { readAuthConfig, SESSION_LIMITS } from './auth.config'
export { hasUsableSession } from './auth-session'
export { EIDAS_ACR, type DigidLevel, type EidasAcr } from './assurance-levels'

/** Idle warning, timeout and renewal: loaded only once someone is logged in. */
export const SessionTimeout = lazyComponent(() => import('./components/SessionTimeout.vue'))

/** "Log in with DigiD Substantieel": for a part of a page that needs a higher level than the login has. */
export const StepUpNotice = lazyComponent(() => import('./components/StepUpNotice.vue'))

export const authFeature: Feature = {
  id: 'auth',
  routes: authRoutes,
  messages: { nl: authMessagesNl, en: () => import('./auth.messages.en').then((module) => module.authMessagesEn) },
}

/** oidc-client-ts loads only when needed: login, callback, renewal, logout. The DPoP key store is shared with it. */
export function authDependencies(config: AuthConfig): AuthDependencies {
  let keys: Promise<DpopKeyStore> | undefined
  const loadKeys = () => (keys ??= import('./dpop/device-key').then(({ createDpopKeyStore }) => createDpopKeyStore()))
  const loadUserManager = async () => {
    const [{ createUserManager }, store] = await Promise.all([import('./user-manager'), loadKeys()])
    return createUserManager(config, store)
  }
  return { config, loadKeys, loadUserManager }
}
