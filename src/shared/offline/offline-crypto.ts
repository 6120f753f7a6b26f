/**
 * AES-GCM for the offline copies. The key is made non-extractable: script on this origin can use it to decrypt,
 * but cannot read it out, so a copy of the IndexedDB files (a backup, another profile, a disk image) is useless
 * without this browser profile. The record's id is bound in as additional data: a record moved under another id
 * (someone else's, another page's) fails to decrypt instead of showing the wrong data.
 */
const ALGORITHM = { name: 'AES-GCM', length: 256 } as const
const encoder = new TextEncoder()
const decoder = new TextDecoder()

export function makeKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(ALGORITHM, false, ['encrypt', 'decrypt'])
}

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>
  data: ArrayBuffer
}

export async function seal(key: CryptoKey, id: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(id) },
    key,
    encoder.encode(JSON.stringify(value)),
  )
  return { iv, data }
}

/** Throws when the record was changed, belongs to another id or another key. */
export async function open(key: CryptoKey, id: string, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(id) }, key, sealed.data)
  return JSON.parse(decoder.decode(plain)) as unknown
}

/** A name that does not give away the BSN or the address it stands for. */
export async function hashName(...parts: string[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(parts.join('\u0000')))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
