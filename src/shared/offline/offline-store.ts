import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { OFFLINE_DATABASE } from '@/shared/storage/wipe-device-data'
import { hashName, makeKey, open, seal, type Sealed } from './offline-crypto'

/**
 * What the person saw online, kept to read again offline: in IndexedDB, encrypted, per person and per person
 * represented, each with its own key. A switch of context and a logout delete the whole database
 * (shared/storage/wipe-device-data.ts). Never in the Cache Storage, where the service worker could hand it to
 * anyone who opens the URL.
 */
export { OFFLINE_DATABASE }
/** Pages of lists and opened letters alike: for Kees's 10,000 letters, only the last 200 things he looked at. */
export const MAX_KOPIEEN = 200

export interface OfflineContext {
  bsn: string
  /** Whom the person acts for, or null for themselves. */
  namens: string | null
}

interface Kopie extends Sealed {
  id: string
  context: string
  /** Server time of the answer, for "bijgewerkt op". */
  opgeslagenOp: number
  /** Device time of the last use, only to choose what goes when the set is full. */
  gebruiktOp: number
}

interface OfflineSchema extends DBSchema {
  sleutels: { key: string; value: CryptoKey }
  kopieen: { key: string; value: Kopie; indexes: { 'per-context': [string, number] } }
}

let database: Promise<IDBPDatabase<OfflineSchema>> | null = null

function db(): Promise<IDBPDatabase<OfflineSchema>> {
  database ??= openDB<OfflineSchema>(OFFLINE_DATABASE, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('sleutels')
      upgrading.createObjectStore('kopieen', { keyPath: 'id' }).createIndex('per-context', ['context', 'gebruiktOp'])
    },
    // Logout deletes the database: let go at once instead of blocking it.
    blocking() {
      void database?.then((open) => open.close())
      database = null
      keys.clear()
    },
    terminated() {
      database = null
    },
  }).catch((error: unknown) => {
    database = null
    throw error
  })
  return database
}

const contextName = (context: OfflineContext) => hashName('context', context.bsn, context.namens ?? '')

const keys = new Map<string, Promise<CryptoKey | undefined>>()

/**
 * One key per context, also when several answers arrive at once: made once per tab, and stored in one
 * transaction that keeps a key another tab stored first (a second key would make the first one's records
 * unreadable).
 */
function keyFor(contextId: string, create: boolean): Promise<CryptoKey | undefined> {
  const known = keys.get(contextId)
  if (known) return known
  const found = (async () => {
    const store = await db()
    const existing = await store.get('sleutels', contextId)
    if (existing || !create) return existing
    const made = await makeKey()
    const transaction = store.transaction('sleutels', 'readwrite')
    const first = await transaction.store.get(contextId)
    if (!first) await transaction.store.put(made, contextId)
    await transaction.done
    return first ?? made
  })()
  keys.set(contextId, found)
  // A missing key is asked again next time; a failure too.
  void found.then(
    (key) => key ?? keys.delete(contextId),
    () => keys.delete(contextId),
  )
  return found
}

export interface Gevonden {
  data: unknown
  opgeslagenOp: number
}

export async function keepCopy(context: OfflineContext, url: string, data: unknown, opgeslagenOp: number): Promise<void> {
  const contextId = await contextName(context)
  const id = await hashName(contextId, url)
  const key = await keyFor(contextId, true)
  if (!key) return
  const sealed = await seal(key, id, { url, data })
  const store = await db()
  await store.put('kopieen', { id, context: contextId, ...sealed, opgeslagenOp, gebruiktOp: Date.now() })
  await prune(store, contextId)
}

/** The oldest-used copies go first once there are more than MAX_KOPIEEN. */
async function prune(store: IDBPDatabase<OfflineSchema>, contextId: string): Promise<void> {
  const range = IDBKeyRange.bound([contextId, -Infinity], [contextId, Infinity])
  const transaction = store.transaction('kopieen', 'readwrite')
  const index = transaction.store.index('per-context')
  let surplus = (await index.count(range)) - MAX_KOPIEEN
  for (let cursor = await index.openCursor(range); cursor && surplus > 0; cursor = await cursor.continue()) {
    await cursor.delete()
    surplus -= 1
  }
  await transaction.done
}

/** Thrown when a record is there but cannot be read: changed, or its key is gone. The record is removed. */
export class OnleesbareKopie extends Error {
  override readonly name = 'OnleesbareKopie'
}

export async function findCopy(context: OfflineContext, url: string): Promise<Gevonden | undefined> {
  const contextId = await contextName(context)
  const id = await hashName(contextId, url)
  const store = await db()
  const kopie = await store.get('kopieen', id)
  if (!kopie) return undefined
  const key = await keyFor(contextId, false)
  try {
    if (!key) throw new Error('no key')
    const opened = (await open(key, id, kopie)) as { url?: unknown; data?: unknown }
    if (opened.url !== url) throw new Error('another url')
    // Best effort: a full disk must not cost a good copy.
    await store.put('kopieen', { ...kopie, gebruiktOp: Date.now() }).catch(() => undefined)
    return { data: opened.data, opgeslagenOp: kopie.opgeslagenOp }
  } catch (cause) {
    await store.delete('kopieen', id)
    throw new OnleesbareKopie('Offline kopie onleesbaar', { cause })
  }
}
