import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { LOCALE_STORAGE_KEY } from '@/shared/i18n/locale'
import { claimDevice } from './device-owner'
import { openDatabase } from './open-database'

const CONCEPT = 'mo:correctieverzoek-concept'

describe('claimDevice', () => {
  beforeEach(() => {
    window.localStorage.clear()
    window.sessionStorage.clear()
  })

  it("removes what another person left for later, keeps the language and the new person's session", async () => {
    await claimDevice('999990019')
    window.localStorage.setItem(CONCEPT, '{"van":"999990019"}')
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    window.sessionStorage.setItem('oidc.user', 'tokens van Anna')
    await claimDevice('999990032')
    expect(window.localStorage.getItem(CONCEPT)).toBeNull()
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(window.sessionStorage.getItem('oidc.user')).toBe('tokens van Anna')
  })

  it('keeps her own draft when she comes back, and stores no BSN as the owner', async () => {
    await claimDevice('999990019')
    window.localStorage.setItem(CONCEPT, '{"van":"999990019"}')
    await claimDevice('999990019')
    expect(window.localStorage.getItem(CONCEPT)).not.toBeNull()
    const owner = window.localStorage.getItem('mo:apparaat-van')
    expect(owner).toMatch(/^[0-9a-f]{64}$/)
    expect(owner).not.toContain('999990019')
  })

  it('treats data without an owner as someone else’s', async () => {
    window.localStorage.setItem('mo:outbox', '[]')
    await claimDevice('999990019')
    expect(window.localStorage.getItem('mo:outbox')).toBeNull()
  })

  it("keeps the key the new person's tokens are bound to, and removes the other person's offline copies", async () => {
    await claimDevice('999990019')
    for (const name of ['mo-offline', 'mo-dpop']) (await openDatabase(name, 1, (db) => db.createObjectStore('x'))).close()
    await claimDevice('999990032')
    const names = (await indexedDB.databases()).map(({ name }) => name)
    expect(names).toContain('mo-dpop')
    expect(names).not.toContain('mo-offline')
  })
})
