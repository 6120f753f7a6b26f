import type { UserManager } from 'oidc-client-ts'
import { defineStore } from 'pinia'
import { computed, inject, onScopeDispose, ref, shallowRef, type InjectionKey } from 'vue'
import type { KeyProofRequest } from '@/shared/http'
import { DIGID_LOGOUT_PENDING_KEY, wipeDeviceData } from '@/shared/storage/wipe-device-data'
import { acrAtLeast, ACR_BY_LEVEL, type EidasAcr } from './assurance-levels'
import { identityFrom } from './auth.claims'
import type { AuthConfig } from './auth.config'
import type { DpopKeyStore } from './dpop/dpop-key-store'
import { isUsable, readStoredSession, sessionFromUser, type AuthSession } from './auth-session'
import { rememberLogoutReason, type LogoutReason } from './logout-reason'
import { safeReturnPath } from './return-path'
import { openSessionChannel } from './session-channel'

export interface AuthDependencies {
  config: AuthConfig
  /** Loads oidc-client-ts only when needed: login, renewal, logout. */
  loadUserManager: () => Promise<UserManager>
  /** Where the DPoP key pair is kept (loaded when first needed); shared with oidc-client-ts, which makes the key at login. */
  loadKeys: () => Promise<DpopKeyStore>
}

export const AUTH_DEPENDENCIES: InjectionKey<AuthDependencies> = Symbol('AuthDependencies')

/** Access tokens this close to expiry are renewed before use. */
const RENEW_MARGIN_SECONDS = 30

export const useAuthStore = defineStore('auth', () => {
  const { config, loadUserManager, loadKeys } = injectDependencies()
  let managerPromise: Promise<UserManager> | null = null
  const manager = () => (managerPromise ??= loadUserManager())

  const session = shallowRef<AuthSession | null>(null)
  /** When the current access token arrived (this device's clock): renewal needs activity after it. */
  const tokenReceivedAt = ref(0)
  const identity = computed(() => (session.value ? identityFrom(session.value.profile) : null))
  const isAuthenticated = computed(() => identity.value !== null)
  /** Whose data the app shows: the person represented when acting on someone's behalf, else one's own. */
  const subjectBsn = computed(() => (identity.value ? (identity.value.representsBsn ?? identity.value.bsn) : null))
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
    // The first API request needs the DPoP code: fetch it now, beside the page's own chunks, not after them.
    if (session.value && config.dpop) void import('./dpop/device-key')
  }

  /**
   * To DigiD. `minimumAcr` asks for a higher level (step-up): DigiD then opens with that level
   * chosen and asks again, even while a DigiD session at a lower level exists. The nonce ties the
   * ID token to this very request; oidc-client-ts checks it on return.
   */
  async function login(returnTo: unknown, minimumAcr?: EidasAcr, { anotherPerson = false }: { anotherPerson?: boolean } = {}): Promise<void> {
    const loaded = await manager()
    // The last logout could not reach DigiD, or someone else is to log in: DigiD's session may belong to the
    // person before. Ask for a real login.
    const askAgain = takeFlag(DIGID_LOGOUT_PENDING_KEY) || anotherPerson
    await forgetKey()
    await loaded.signinRedirect({
      state: { returnTo: safeReturnPath(returnTo) },
      nonce: crypto.randomUUID(),
      ...(minimumAcr ? { acr_values: minimumAcr } : {}),
      ...(minimumAcr || askAgain ? { prompt: 'login' } : {}),
    })
  }

  /** Whether the current login is at least this eIDAS level (the API checks the same). */
  function hasLevel(minimum: EidasAcr): boolean {
    return identity.value !== null && acrAtLeast(ACR_BY_LEVEL[identity.value.level], minimum)
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

  /** Every login gets a new key pair (oidc-client-ts makes it when there is none): a key never outlives its login. */
  const forgetKey = () =>
    loadKeys()
      .then((keys) => keys.remove(config.clientId))
      .then(() => undefined, () => undefined)

  /**
   * The DPoP proof for one API request, made at send time (so also for the outbox, an upload or a download).
   * Undefined when DPoP is off by configuration. Without the key the tokens are worthless: the session ends and
   * the person is told why, never a fall back to a bare bearer token.
   */
  async function proofFor(request: KeyProofRequest): Promise<string | undefined> {
    if (!config.dpop) return undefined
    const { createDpopProof, keptInMemory } = await import('./dpop/device-key')
    const state = await loadKeys()
      .then((keys) => keys.get(config.clientId))
      .catch(() => undefined)
    if (!state?.keys) {
      void logout(keptInMemory() ? 'sleutel-in-geheugen' : 'sleutel-kwijt', `${window.location.pathname}${window.location.search}`)
      throw new Error('Geen DPoP-sleutel op dit apparaat')
    }
    return createDpopProof(state.keys, request)
  }

  async function getAccessToken(): Promise<string | null> {
    const current = session.value
    if (!current) return null
    if (current.expiresAt - Date.now() / 1000 > RENEW_MARGIN_SECONDS) return current.accessToken
    return (await renew())?.accessToken ?? null
  }

  /**
   * Logout, also when the API refused the token: tell other tabs, revoke the tokens, wipe the
   * device, then end the DigiD session. The logout URL carries our client_id, not the ID token:
   * that token holds the BSN, and URLs end up in logs and history.
   */
  async function logout(reason: LogoutReason = 'zelf', returnPath?: string): Promise<void> {
    if (loggingOut) return
    loggingOut = true
    channel.post({ type: 'logout' })
    const loaded = await manager().catch(() => null)
    await loaded?.revokeTokens().catch(() => undefined)
    await wipeDeviceData()
    rememberLogoutReason(reason, returnPath === undefined ? undefined : safeReturnPath(returnPath))
    session.value = null
    try {
      // Offline, DigiD cannot be reached: our own logged-out page (from the app shell) says what happened,
      // instead of the browser's offline page on the way to DigiD.
      if (!loaded || !navigator.onLine) throw new Error('OIDC niet bereikbaar')
      await loaded.signoutRedirect()
    } catch {
      setFlag(DIGID_LOGOUT_PENDING_KEY)
      // Provider unreachable (offline): everything on this device is gone already.
      window.location.assign('/uitgelogd')
    }
  }

  /**
   * Act for someone else (a BSN from their active machtigingen) or, with null, for yourself again. Within the
   * DigiD session this asks no new login (the mock DigiD's `represents` parameter). Everything of the old
   * context goes first: its tokens are revoked and the device is wiped; the full navigation to DigiD drops what
   * was in memory. Back from DigiD, the overview opens: no page of the previous person stays on screen.
   */
  async function wisselVertegenwoordiging(bsn: string | null): Promise<void> {
    const loaded = await manager()
    // DigiD must be reachable before anything goes: a failed switch leaves the person where they were.
    await loaded.metadataService.getMetadata()
    await loaded.revokeTokens().catch(() => undefined)
    await wipeDeviceData()
    await forgetKey()
    session.value = null
    await loaded.signinRedirect({
      state: { returnTo: '/' },
      nonce: crypto.randomUUID(),
      extraQueryParams: { represents: bsn ?? 'zelf' },
    })
  }

  /** The API says the token is no longer valid even after a renewal: end the session everywhere, then log in again. */
  const expireSession = (currentPath: string) => logout('sessie-verlopen', currentPath)

  return {
    session,
    tokenReceivedAt,
    identity,
    isAuthenticated,
    subjectBsn,
    restore,
    login,
    hasLevel,
    completeLogin,
    renew,
    getAccessToken,
    proofFor,
    logout,
    expireSession,
    wisselVertegenwoordiging,
  }
})

function injectDependencies(): AuthDependencies {
  const dependencies = inject(AUTH_DEPENDENCIES)
  if (!dependencies) throw new Error('Auth is niet geregistreerd (AUTH_DEPENDENCIES).')
  return dependencies
}

function setFlag(key: string): void {
  try {
    window.localStorage.setItem(key, '1')
  } catch {
    // Without storage the flag cannot be kept; DigiD's own session timeout then ends its session.
  }
}

function takeFlag(key: string): boolean {
  try {
    const set = window.localStorage.getItem(key) !== null
    window.localStorage.removeItem(key)
    return set
  } catch {
    return false
  }
}
