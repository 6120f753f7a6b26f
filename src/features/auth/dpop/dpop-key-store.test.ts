import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { wipeDeviceData } from '@/shared/storage/wipe-device-data'
import { createDpopKeyStore, DPOP_IN_MEMORY_KEY, keptInMemory } from './dpop-key-store'
import { generateDpopKeys } from './dpop-proof'

afterEach(() => {
  vi.unstubAllGlobals()
  window.sessionStorage.clear()
})

describe('the DPoP key store', () => {
  it('keeps the key pair in IndexedDB, non-extractable, for this tab only, until the logout wipe', async () => {
    const keys = await generateDpopKeys()
    await createDpopKeyStore().set('mijn-overheid', { keys })
    // The same tab after a reload: a new store finds the key.
    const found = await createDpopKeyStore().get('mijn-overheid')
    expect(found.keys.privateKey.extractable).toBe(false)
    expect(await createDpopKeyStore().inMemory()).toBe(false)

    // Another tab has its own sessionStorage, so its own key.
    const thisTab = window.sessionStorage.getItem('mo.dpop.tab')
    window.sessionStorage.removeItem('mo.dpop.tab')
    expect(await createDpopKeyStore().getAllKeys()).toEqual([])
    window.sessionStorage.setItem('mo.dpop.tab', thisTab ?? '')

    await wipeDeviceData()
    expect(await createDpopKeyStore().getAllKeys()).toEqual([])
  })

  it('without IndexedDB keeps the key in memory for this tab and remembers that, to say why after a reload', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const store = createDpopKeyStore()
    const keys = await generateDpopKeys()
    await store.set('mijn-overheid', { keys })
    expect((await store.get('mijn-overheid')).keys).toBe(keys)
    expect(await store.inMemory()).toBe(true)
    expect(window.sessionStorage.getItem(DPOP_IN_MEMORY_KEY)).toBe('1')
    expect(keptInMemory()).toBe(true)
    // A reload makes a new store: the key is gone.
    expect(await createDpopKeyStore().get('mijn-overheid')).toBeUndefined()
  })
})
