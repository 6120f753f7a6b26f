import type { DPoPState } from 'oidc-client-ts'
import { openDatabase } from '@/shared/storage/open-database'
// Logout's wipe deletes this database with the rest of the device data.
import { DPOP_DATABASE } from '@/shared/storage/wipe-device-data'

const STORE = 'sleutels'

/**
 * Each tab logs in on its own (its tokens are in its sessionStorage), so each has a key of its own. Not a `mo:`
 * key (those are the app's notes, which the screen catalogue clears) and not under oidc-client-ts's prefix (it
 * reads every key there as its own): it belongs to the session, like the tokens.
 */
const TAB_KEY = 'mo.dpop.tab'

/** Set for this tab when IndexedDB could not keep the key: after a reload the key is gone, and we can say why. */
export const DPOP_IN_MEMORY_KEY = 'mo.dpop.in-geheugen'

/** oidc-client-ts's DPoPStore (its type is not exported), and whether the key lives in memory only. */
export interface DpopKeyStore {
  set(key: string, value: DPoPState): Promise<void>
  get(key: string): Promise<DPoPState>
  remove(key: string): Promise<DPoPState>
  getAllKeys(): Promise<string[]>
  /** Whether the key is kept in this tab's memory only (IndexedDB unavailable, as in some private windows). */
  inMemory(): Promise<boolean>
}

/**
 * oidc-client-ts's DPoP store, in IndexedDB through our own connection (it closes itself when the wipe deletes the
 * database, which oidc-client-ts's IndexedDbDPoPStore does not). The key pair is stored as CryptoKeys: the private
 * key was made non-extractable and stays so. Without IndexedDB the key lives in memory for this tab; never a
 * silent fallback to bearer tokens.
 */
export function createDpopKeyStore(): DpopKeyStore {
  const memory = new Map<string, DPoPState>()
  let opened: Promise<IDBDatabase | null> | undefined

  const database = () =>
    (opened ??= openDatabase(DPOP_DATABASE, 1, (db) => db.createObjectStore(STORE)).then(
      (db) => {
        // Deleted by the wipe: the next use opens (and creates) it again, for the next login's key.
        db.addEventListener('close', () => (opened = undefined))
        db.onversionchange = () => {
          db.close()
          opened = undefined
        }
        return db
      },
      () => {
        markInMemory()
        return null
      },
    ))

  async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await database()
    if (!db) throw new Error('geen IndexedDB')
    return new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('IndexedDB'))
    })
  }

  const inMemory = async () => (await database()) === null
  // oidc-client-ts names the key after the client; in the database it is this tab's.
  const own = (key: string) => `${tabId()}:${key}`

  return {
    inMemory,
    async set(key, value) {
      if (await inMemory()) memory.set(key, value)
      else await run('readwrite', (store) => store.put({ keys: value.keys, nonce: value.nonce }, own(key)))
    },
    async get(key) {
      if (await inMemory()) return memory.get(key) as DPoPState
      return (await run<DPoPState | undefined>('readonly', (store) => store.get(own(key)))) as DPoPState
    },
    async remove(key) {
      if (await inMemory()) {
        const value = memory.get(key)
        memory.delete(key)
        return value as DPoPState
      }
      const value = await run<DPoPState | undefined>('readonly', (store) => store.get(own(key)))
      await run('readwrite', (store) => store.delete(own(key)))
      return value as DPoPState
    },
    async getAllKeys() {
      if (await inMemory()) return [...memory.keys()]
      const prefix = own('')
      const all = await run('readonly', (store) => store.getAllKeys())
      return all.map(String).flatMap((key) => (key.startsWith(prefix) ? [key.slice(prefix.length)] : []))
    },
  }
}

function tabId(): string {
  try {
    const known = window.sessionStorage.getItem(TAB_KEY)
    if (known) return known
    const created = crypto.randomUUID()
    window.sessionStorage.setItem(TAB_KEY, created)
    return created
  } catch {
    return 'tab'
  }
}

function markInMemory(): void {
  try {
    window.sessionStorage.setItem(DPOP_IN_MEMORY_KEY, '1')
  } catch {
    // Without sessionStorage there is no session to restore after a reload either.
  }
}

/** Whether this tab kept its key in memory (so a reload lost it). */
export function keptInMemory(): boolean {
  try {
    return window.sessionStorage.getItem(DPOP_IN_MEMORY_KEY) === '1'
  } catch {
    return true
  }
}
