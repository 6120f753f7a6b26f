import type { UserManager } from 'oidc-client-ts'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp } from 'vue'
import { EIDAS_ACR } from './assurance-levels'
import { readAuthConfig } from './auth.config'
import { AUTH_DEPENDENCIES, useAuthStore } from './auth.store'
import { DPOP_IN_MEMORY_KEY } from './dpop/dpop-key-store'
import { generateDpopKeys } from './dpop/dpop-proof'
import { memoryKeyStore } from '@/test/dpop'

const config = readAuthConfig({}, 'http://127.0.0.1:4173')

const stores: { $dispose(): void }[] = []

function storeWith(manager: Partial<Record<keyof UserManager, unknown>>, keys = memoryKeyStore(), authConfig = config) {
  const app = createApp({})
  const pinia = createPinia()
  app.use(pinia)
  // The fake implements the part of UserManager the store uses; the rest is never called.
  app.provide(AUTH_DEPENDENCIES, { config: authConfig, loadKeys: async () => keys, loadUserManager: async () => manager as unknown as UserManager })
  setActivePinia(pinia)
  const store = app.runWithContext(() => useAuthStore())
  stores.push(store)
  return store
}

const session = (loa: string) => ({
  accessToken: 'at',
  refreshToken: 'rt',
  idToken: 'id',
  expiresAt: Math.floor(Date.now() / 1000) + 300,
  profile: { sub: '999990019', loa_digid: loa, auth_time: Math.floor(Date.now() / 1000) },
})

describe('auth store', () => {
  beforeEach(() => window.sessionStorage.clear())
  // Each store listens to the other tabs; an old one would take this test's logout for another tab's.
  afterEach(() => stores.splice(0).forEach((store) => store.$dispose()))

  it('sends a fresh nonce with every login, and no acr_values when no level is needed', async () => {
    const signinRedirect = vi.fn(async () => undefined)
    const auth = storeWith({ signinRedirect })
    await auth.login('/berichten')
    await auth.login('/berichten')
    const [first, second] = signinRedirect.mock.calls.map((call: unknown[]) => call[0] as Record<string, unknown>)
    expect(first?.nonce).toMatch(/^[0-9a-f-]{36}$/)
    expect(second?.nonce).not.toBe(first?.nonce)
    expect(first).not.toHaveProperty('acr_values')
    expect(first?.state).toEqual({ returnTo: '/berichten' })
  })

  it('asks DigiD for a higher level on a step-up, and to ask again despite the running DigiD session', async () => {
    const signinRedirect = vi.fn(async () => undefined)
    const auth = storeWith({ signinRedirect })
    await auth.login('/berichten/instellingen', EIDAS_ACR.substantial)
    expect(signinRedirect).toHaveBeenCalledWith(expect.objectContaining({ acr_values: EIDAS_ACR.substantial, prompt: 'login' }))
  })

  it('knows whether the login is at least a level', () => {
    const auth = storeWith({})
    auth.session = session('midden')
    expect(auth.hasLevel(EIDAS_ACR.low)).toBe(true)
    expect(auth.hasLevel(EIDAS_ACR.substantial)).toBe(false)
    auth.session = session('substantieel')
    expect(auth.hasLevel(EIDAS_ACR.substantial)).toBe(true)
    expect(auth.hasLevel(EIDAS_ACR.high)).toBe(false)
  })

  it('a refused token ends the session like a logout: revoked, other tabs told, DigiD session ended', async () => {
    const revokeTokens = vi.fn(async () => undefined)
    const signoutRedirect = vi.fn(async () => undefined)
    const posted: unknown[] = []
    const listener = new BroadcastChannel('mo-sessie')
    listener.onmessage = (event: MessageEvent) => posted.push(event.data)
    const auth = storeWith({ revokeTokens, signoutRedirect })
    auth.session = session('midden')
    await auth.expireSession('/berichten?map=archief')
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'logout' }]))
    expect(revokeTokens).toHaveBeenCalledTimes(1)
    expect(signoutRedirect).toHaveBeenCalledWith()
    expect(auth.session).toBeNull()
    expect(window.sessionStorage.getItem('mo:uitlogreden')).toBe('sessie-verlopen')
    expect(window.sessionStorage.getItem('mo:terug')).toBe('/berichten?map=archief')
    listener.close()
  })

  it('a logout offline cannot end the DigiD session: the next login asks DigiD for a real login, once', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const signoutRedirect = vi.fn(async () => undefined)
    const signinRedirect = vi.fn(async () => undefined)
    const auth = storeWith({ revokeTokens: async () => undefined, signoutRedirect, signinRedirect })
    auth.session = session('midden')
    await auth.logout('inactief')
    expect(signoutRedirect).not.toHaveBeenCalled()
    // What was hers is wiped; the pending DigiD logout (no personal data) stays for the next login.
    expect(window.localStorage.getItem('mo:digid-uitloggen')).toBe('1')
    vi.restoreAllMocks()
    await auth.login('/')
    await auth.login('/')
    const [eerste, tweede] = signinRedirect.mock.calls.map((call: unknown[]) => call[0] as Record<string, unknown>)
    expect(eerste?.prompt).toBe('login')
    expect(tweede).not.toHaveProperty('prompt')
  })

  it('a login for another person asks DigiD for a real login, not its single sign-on', async () => {
    const signinRedirect = vi.fn(async () => undefined)
    const auth = storeWith({ signinRedirect })
    await auth.login('/', undefined, { anotherPerson: true })
    expect(signinRedirect).toHaveBeenCalledWith(expect.objectContaining({ prompt: 'login' }))
  })

  it('every login gets a new key pair: the key of the login before is gone before DigiD is asked', async () => {
    const keys = memoryKeyStore()
    await keys.set(config.clientId, { keys: await generateDpopKeys() })
    const signinRedirect = vi.fn(async () => expect(keys.saved.size).toBe(0))
    await storeWith({ signinRedirect }, keys).login('/')
    expect(signinRedirect).toHaveBeenCalledTimes(1)
  })

  it('proves each request with the key; without the key the session ends and the login page will say why', async () => {
    const keys = memoryKeyStore()
    const revokeTokens = vi.fn(async () => undefined)
    const auth = storeWith({ revokeTokens, signoutRedirect: async () => undefined }, keys)
    auth.session = session('midden')
    await keys.set(config.clientId, { keys: await generateDpopKeys() })
    const proof = await auth.proofFor({ method: 'GET', url: 'http://127.0.0.1:4173/api/berichten', accessToken: 'at' })
    expect(proof?.split('.')).toHaveLength(3)

    await keys.remove(config.clientId)
    await expect(auth.proofFor({ method: 'GET', url: 'http://127.0.0.1:4173/api/berichten', accessToken: 'at' })).rejects.toThrow()
    await vi.waitFor(() => expect(revokeTokens).toHaveBeenCalled())
    expect(window.sessionStorage.getItem('mo:uitlogreden')).toBe('sleutel-kwijt')
  })

  it('a key kept in memory (no IndexedDB) is lost on a reload: the reason says so', async () => {
    window.sessionStorage.setItem(DPOP_IN_MEMORY_KEY, '1')
    const auth = storeWith({ revokeTokens: async () => undefined, signoutRedirect: async () => undefined })
    auth.session = session('midden')
    await expect(auth.proofFor({ method: 'GET', url: '/api/berichten', accessToken: 'at' })).rejects.toThrow()
    await vi.waitFor(() => expect(window.sessionStorage.getItem('mo:uitlogreden')).toBe('sleutel-in-geheugen'))
  })

  it('makes no proof when DPoP is off by configuration (a provider that only knows bearer tokens)', async () => {
    const auth = storeWith({}, memoryKeyStore(), readAuthConfig({ VITE_OIDC_DPOP: 'uit' }, 'http://127.0.0.1:4173'))
    expect(await auth.proofFor({ method: 'GET', url: '/api/berichten', accessToken: 'at' })).toBeUndefined()
  })
})
