import { LOCALE_STORAGE_KEY } from '@/shared/i18n/locale'
import { clearCaches, deleteDatabases, DPOP_DATABASE, readLanguage } from './wipe-device-data'

const OWNER_KEY = 'mo:apparaat-van'

async function fingerprint(bsn: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`mijn-overheid:${bsn}`))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * What one person left on the device for later (drafts, the outbox, caches, IndexedDB), without the session of
 * whoever is logging in now: its tokens (sessionStorage) and the DPoP key they are bound to (a key holds no
 * personal data; keys of tabs that closed without logging out are useless without their tokens).
 */
export async function wipeStoredData(): Promise<void> {
  const language = readLanguage()
  await Promise.allSettled([clearCaches(), deleteDatabases({ keep: [DPOP_DATABASE] })])
  try {
    window.localStorage.clear()
    if (language) window.localStorage.setItem(LOCALE_STORAGE_KEY, language)
  } catch {
    // Storage that cannot be opened holds nothing of ours either.
  }
}

/**
 * At login: what is kept on the device for later (a draft, the outbox) belongs to one person. Someone who closed the
 * browser without logging out left theirs; when another person logs in, it goes before anything reads it. The
 * owner is kept as a hash, not as a BSN.
 */
export async function claimDevice(bsn: string): Promise<void> {
  const mine = await fingerprint(bsn)
  let owner: string | null = null
  try {
    owner = window.localStorage.getItem(OWNER_KEY)
  } catch {
    return
  }
  if (owner !== null && owner !== mine) await wipeStoredData()
  else if (owner === null && Object.keys(window.localStorage).some((key) => key.startsWith('mo:') && key !== LOCALE_STORAGE_KEY)) await wipeStoredData()
  try {
    window.localStorage.setItem(OWNER_KEY, mine)
  } catch {
    // Nothing can be kept either, then.
  }
}
