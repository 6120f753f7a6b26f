import type { UserManager } from 'oidc-client-ts'
import { defineStore } from 'pinia'
import { computed, inject, onScopeDispose, ref, shallowRef, type InjectionKey } from 'vue'
import { wipeDeviceData } from '@/shared/storage/wipe-device-data'
import { identityFrom } from './auth.claims'
import type { AuthConfig } from './auth.config'
import { isUsable, readStoredSession, sessionFromUser, type AuthSession } from './auth-session'
import { rememberLogoutReason, type LogoutReason } from './logout-reason'
import { safeReturnPath } from './return-path'
import { openSessionChannel } from './session-channel'

export interface AuthDependencies {
  config: AuthConfig
  /** Loads oidc-client-ts only when needed: login, renewal, logout. */
  loadUserManager: () => Promise<UserManager>
}

export const AUTH_DEPENDENCIES: InjectionKey<AuthDependencies> = Symbol('AuthDependencies')

/** Access tokens this close to expiry are renewed before use. */
const RENEW_MARGIN_SECONDS = 30

export const useAuthStore = defineStore('auth', () => {
  const { config, loadUserManager } = injectDependencies()
  let managerPromise: Promise<UserManager> | null = null
  const manager = () => (managerPromise ??= loadUserManager())

  const session = shallowRef<AuthSession | null>(null)
  /** When the current access token arrived (this device's clock): renewal needs activity after it. */
  const tokenReceivedAt = ref(0)
  const identity = computed(() => (session.value ? identityFrom(session.value.profile) : null))
  const isAuthenticated = computed(() => identity.value !== null)
  let restored = false
  let renewing: Promise<AuthSession | null> | null = null
  let loggingOut = false

  // A logout in another tab ends this tab's session too; a full navigation drops all in-memory data.
  const channel = openSessionChannel((message) => {
    if (message.type !== 'logout' || loggingOut) return
    loggingOut = true
    void wipeDeviceData().then(() => {
      rememberLogoutReason('andere-tab')
      window.location.replace('/uitgelogd')
    })
  })

  onScopeDispose(() => channel.close())

  function setSession(next: AuthSession | null): void {
    session.value = next
    tokenReceivedAt.value = Date.now()
  }

  function restore(): void {
    if (restored) return
    restored = true
    const stored = readStoredSession(config.authority, config.clientId)
    setSession(stored && isUsable(stored, Date.now()) ? stored : null)
  }

  async function login(returnTo: unknown): Promise<void> {
    await (await manager()).signinRedirect({ state: { returnTo: safeReturnPath(returnTo) } })
  }

  /** Finishes the redirect back from the provider; returns where the person wanted to go. */
  async function completeLogin(): Promise<string> {
    const user = await (await manager()).signinRedirectCallback()
    setSession(sessionFromUser(user))
    restored = true
    const state = user.state
    return safeReturnPath(typeof state === 'object' && state !== null && 'returnTo' in state ? state.returnTo : '/')
  }

  function renew(): Promise<AuthSession | null> {
    renewing ??= manager()
      .then((loaded) => loaded.signinSilent())
      .then((user) => {
        if (user) setSession(sessionFromUser(user))
        return session.value
      })
      .catch(() => null)
      .finally(() => {
        renewing = null
      })
    return renewing
  }

  async function getAccessToken(): Promise<string | null> {
    const current = session.value
    if (!current) return null
    if (current.expiresAt - Date.now() / 1000 > RENEW_MARGIN_SECONDS) return current.accessToken
    return (await renew())?.accessToken ?? null
  }

  /** Logout: tell other tabs, revoke tokens, wipe the device, end the session at the provider. */
  async function logout(reason: LogoutReason = 'zelf'): Promise<void> {
    if (loggingOut) return
    loggingOut = true
    const idToken = session.value?.idToken ?? undefined
    channel.post({ type: 'logout' })
    const loaded = await manager().catch(() => null)
    await loaded?.revokeTokens().catch(() => undefined)
    await wipeDeviceData()
    rememberLogoutReason(reason)
    session.value = null
    try {
      if (!loaded) throw new Error('OIDC niet beschikbaar')
      await loaded.signoutRedirect({ id_token_hint: idToken })
    } catch {
      // Provider unreachable (offline): everything on this device is gone already.
      window.location.assign('/uitgelogd')
    }
  }

  /** The API says the token is no longer valid: start clean, and let the person log in again. */
  async function expireSession(currentPath: string): Promise<void> {
    if (loggingOut) return
    loggingOut = true
    await wipeDeviceData()
    session.value = null
    const query = new URLSearchParams({ reden: 'sessie-verlopen', terug: safeReturnPath(currentPath) })
    window.location.assign(`/inloggen?${query.toString()}`)
  }

  return {
    session,
    tokenReceivedAt,
    identity,
    isAuthenticated,
    restore,
    login,
    completeLogin,
    renew,
    getAccessToken,
    logout,
    expireSession,
  }
})

function injectDependencies(): AuthDependencies {
  const dependencies = inject(AUTH_DEPENDENCIES)
  if (!dependencies) throw new Error('Auth is niet geregistreerd (AUTH_DEPENDENCIES).')
  return dependencies
}
