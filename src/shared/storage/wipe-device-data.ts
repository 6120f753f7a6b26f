import { LOCALE_STORAGE_KEY } from '@/shared/i18n/locale'

/**
 * A logout that could not reach DigiD (offline): its session there may still run, so the next login must ask for
 * the password again instead of letting DigiD's single sign-on in as the person who left. Holds no personal data.
 */
export const DIGID_LOGOUT_PENDING_KEY = 'mo:digid-uitloggen'

/**
 * Removes every trace of personal data from this device: runtime caches, IndexedDB databases,
 * sessionStorage and localStorage. Three things stay because they hold no personal data: the
 * service worker's precache of the public app files (needed for the offline page), the
 * chosen UI language, and a pending DigiD logout.
 */
export async function wipeDeviceData(): Promise<void> {
  const language = readLanguage()
  const digidLogoutPending = readKey(DIGID_LOGOUT_PENDING_KEY)
  await Promise.allSettled([clearCaches(), deleteDatabases()])
  try {
    window.sessionStorage.clear()
    window.localStorage.clear()
    if (language) window.localStorage.setItem(LOCALE_STORAGE_KEY, language)
    if (digidLogoutPending) window.localStorage.setItem(DIGID_LOGOUT_PENDING_KEY, digidLogoutPending)
  } catch {
    // Storage that cannot be opened holds nothing of ours either.
  }
}

export const isAppShellCache = (name: string) => name.startsWith('workbox-precache')

export async function clearCaches(): Promise<void> {
  if (!('caches' in window)) return
  const names = await caches.keys()
  await Promise.all(names.filter((name) => !isAppShellCache(name)).map((name) => caches.delete(name)))
}

/** How long a deletion waits for open connections to close; a page that navigates away closes them anyway. */
const BLOCKED_WAIT_MS = 5_000

/** The offline copies (shared/offline): named here too, for browsers that cannot list their databases. */
export const OFFLINE_DATABASE = 'mo-offline'
/** The DPoP key pair (features/auth/dpop): the tokens are bound to it, so it goes with them. */
export const DPOP_DATABASE = 'mo-dpop'

/** Every database of the app, or all but the ones named in `keep`. */
export async function deleteDatabases({ keep = [] }: { keep?: readonly string[] } = {}): Promise<void> {
  if (!('indexedDB' in window)) return
  // Firefox before 126 has no databases(): the ones we know of go anyway.
  const listed = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : []
  const names = new Set([OFFLINE_DATABASE, DPOP_DATABASE, ...listed.flatMap(({ name }) => (name ? [name] : []))])
  await Promise.all([...names].filter((name) => !keep.includes(name)).map((name) => deleteDatabase(name)))
}

/**
 * Resolves when the database is gone. An open connection first gets `versionchange` and should
 * close itself (see open-database.ts); until it does the deletion is "blocked", and we wait.
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    const timer = window.setTimeout(resolve, BLOCKED_WAIT_MS)
    request.onsuccess = request.onerror = () => {
      window.clearTimeout(timer)
      resolve()
    }
  })
}

export const readLanguage = (): string | null => readKey(LOCALE_STORAGE_KEY)

function readKey(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}
