import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDatabase as openFeatureDatabase } from './open-database'
import { wipeDeviceData } from './wipe-device-data'

/** A minimal CacheStorage: enough to see which caches survive. */
function fakeCaches(names: string[]) {
  const present = new Set(names)
  return {
    keys: async () => [...present],
    delete: async (name: string) => present.delete(name),
    present,
  }
}

function openDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1)
    request.onupgradeneeded = () => request.result.createObjectStore('items')
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
  })
}

describe('wipeDeviceData', () => {
  let caches: ReturnType<typeof fakeCaches>

  beforeEach(() => {
    caches = fakeCaches(['workbox-precache-v2-http://localhost/', 'mo-api', 'mo-bijlagen'])
    vi.stubGlobal('caches', caches)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('removes IndexedDB databases, runtime caches and storage, and keeps the language', async () => {
    await openDatabase('mo-berichten')
    await openDatabase('mo-mfo-concepten')
    window.localStorage.setItem('mo:taal', 'en')
    window.localStorage.setItem('mo:concept', 'persoonlijk')
    window.sessionStorage.setItem('mo.oidc.user:x', '{}')

    await wipeDeviceData()

    expect(await indexedDB.databases()).toEqual([])
    expect([...caches.present]).toEqual(['workbox-precache-v2-http://localhost/'])
    expect(Object.keys(window.sessionStorage)).toEqual([])
    expect(Object.keys(window.localStorage)).toEqual(['mo:taal'])
    expect(window.localStorage.getItem('mo:taal')).toBe('en')
  })

  it('keeps a pending DigiD logout, so the next login still asks for a real one', async () => {
    window.localStorage.setItem('mo:digid-uitloggen', '1')
    window.localStorage.setItem('mo:outbox', '[]')
    await wipeDeviceData()
    expect(Object.keys(window.localStorage)).toEqual(['mo:digid-uitloggen'])
    window.localStorage.clear()
  })

  it('deletes a database that a feature still holds open: the connection closes itself on versionchange', async () => {
    const open = await openFeatureDatabase('mo-offline', 1, (database) => database.createObjectStore('berichten'))
    let closed = false
    const close = open.close.bind(open)
    open.close = () => {
      closed = true
      close()
    }
    await wipeDeviceData()
    expect(closed).toBe(true)
    expect(await indexedDB.databases()).toEqual([])
  })

  it('still clears storage when there is nothing else to clear', async () => {
    window.sessionStorage.setItem('mo.oidc.user:x', '{}')
    await wipeDeviceData()
    expect(Object.keys(window.sessionStorage)).toEqual([])
    expect(Object.keys(window.localStorage)).toEqual([])
  })
})
