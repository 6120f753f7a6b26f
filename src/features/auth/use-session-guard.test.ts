import { mount } from '@vue/test-utils'
import type { UserManager } from 'oidc-client-ts'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { countActivityFromNow } from '@/shared/time/recent-activity'
import { readAuthConfig } from './auth.config'
import { AUTH_DEPENDENCIES, useAuthStore } from './auth.store'
import { useSessionGuard } from './use-session-guard'

const MINUTE = 60_000
const config = readAuthConfig({}, 'http://127.0.0.1:4173')

/** A stand-in for oidc-client-ts: only the calls the session guard may make. */
function fakeManager() {
  const loginTime = Math.floor(Date.now() / 1000)
  const renewed = {
    access_token: 'nieuw',
    refresh_token: 'ververs-2',
    id_token: 'id',
    expires_at: Math.floor(Date.now() / 1000) + 300,
    // A refresh keeps the moment of the DigiD login itself.
    profile: { sub: '999990019', auth_time: loginTime },
    state: undefined,
  }
  return {
    signinSilent: vi.fn(async () => ({ ...renewed, expires_at: Math.floor(Date.now() / 1000) + 300 })),
    revokeTokens: vi.fn(async () => undefined),
    signoutRedirect: vi.fn(async () => undefined),
  }
}

function mountGuard(manager: ReturnType<typeof fakeManager>, startAt?: number) {
  const pinia = createPinia()
  setActivePinia(pinia)
  let guard: ReturnType<typeof useSessionGuard> | undefined
  const Host = defineComponent({
    setup() {
      guard = useSessionGuard(startAt)
      return () => h('p', 'ingelogd')
    },
  })
  // The fake implements the part of UserManager the store uses; the rest is never called.
  const loadUserManager = async () => manager as unknown as UserManager
  const wrapper = mount(Host, {
    global: { plugins: [pinia], provide: { [AUTH_DEPENDENCIES as symbol]: { config, loadUserManager } } },
  })
  const auth = useAuthStore()
  auth.session = {
    accessToken: 'oud',
    refreshToken: 'ververs',
    idToken: 'id',
    expiresAt: Math.floor(Date.now() / 1000) + 5 * 60,
    profile: { sub: '999990019', auth_time: Math.floor(Date.now() / 1000) },
  }
  auth.tokenReceivedAt = Date.now()
  if (!guard) throw new Error('guard not mounted')
  const unmount = () => {
    wrapper.unmount()
    auth.$dispose()
  }
  return { wrapper: { unmount }, guard, auth }
}

describe('useSessionGuard', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // Each test is a new login: activity of an earlier test (its own fake time) does not count.
    countActivityFromNow()
  })
  afterEach(() => vi.useRealTimers())

  it('renews the token before it expires while the person is active', async () => {
    const manager = fakeManager()
    const { wrapper } = mountGuard(manager)
    vi.advanceTimersByTime(2 * MINUTE)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    await vi.advanceTimersByTimeAsync(2.5 * MINUTE)
    expect(manager.signinSilent).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('does not renew while the person is idle: silent renew stops', async () => {
    const manager = fakeManager()
    const { wrapper, guard } = mountGuard(manager)
    await vi.advanceTimersByTimeAsync(13 * MINUTE)
    expect(manager.signinSilent).not.toHaveBeenCalled()
    expect(guard.warning.value).toBe(true)
    wrapper.unmount()
  })

  it('"Blijf ingelogd" renews at once and closes the warning', async () => {
    const manager = fakeManager()
    const { wrapper, guard, auth } = mountGuard(manager)
    await vi.advanceTimersByTimeAsync(13 * MINUTE)
    guard.stay()
    await vi.advanceTimersByTimeAsync(1000)
    expect(guard.warning.value).toBe(false)
    expect(manager.signinSilent).toHaveBeenCalledTimes(1)
    expect(auth.session?.accessToken).toBe('nieuw')
    wrapper.unmount()
  })

  it('after 15 idle minutes: revokes the tokens and ends the session at the provider', async () => {
    const manager = fakeManager()
    const { wrapper, auth } = mountGuard(manager)
    await vi.advanceTimersByTimeAsync(15 * MINUTE)
    expect(manager.revokeTokens).toHaveBeenCalledTimes(1)
    // No ID token in the logout URL: it holds the BSN. oidc-client-ts sends our client_id instead.
    expect(manager.signoutRedirect).toHaveBeenCalledWith()
    expect(auth.session).toBeNull()
    expect(window.sessionStorage.getItem('mo:uitlogreden')).toBe('inactief')
    wrapper.unmount()
  })

  it('counts a key pressed while its code was still loading: she typed, so no logout 15 minutes after the login', async () => {
    const manager = fakeManager()
    const login = Date.now()
    vi.advanceTimersByTime(10 * MINUTE)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    const { wrapper, guard } = mountGuard(manager, login)
    await vi.advanceTimersByTimeAsync(6 * MINUTE)
    expect(guard.warning.value).toBe(false)
    expect(manager.signoutRedirect).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('ends the session at the absolute limit even when the person stays active', async () => {
    const manager = fakeManager()
    const { wrapper } = mountGuard(manager)
    for (let hour = 0; hour < 8 * 6; hour += 1) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
      await vi.advanceTimersByTimeAsync(10 * MINUTE)
    }
    expect(manager.signoutRedirect).toHaveBeenCalledTimes(1)
    expect(window.sessionStorage.getItem('mo:uitlogreden')).toBe('limiet')
    wrapper.unmount()
  })
})
