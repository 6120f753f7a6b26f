import { ref } from 'vue'
import * as v from 'valibot'
import { isApiError, type HttpClient, type Problem } from '@/shared/http'

/**
 * Things the person sent while offline (or while the service did not answer), kept on the device until they
 * are delivered: through a reload and a closed tab, never past a logout (the wipe clears localStorage).
 * Each entry carries its Idempotency-Key, so however often it is sent, the service handles it once.
 */
export const OUTBOX_KEY = 'mo:outbox'

export type OutboxStatus = 'wacht' | 'verstuurd' | 'geweigerd'

export interface OutboxEntry {
  id: string
  /** Whose it is: only sent, and only shown, while that person is logged in. */
  eigenaar: string
  /** What it is, for the feature that reads the outcome ("correctieverzoek"). */
  soort: string
  pad: string
  body: unknown
  sleutel: string
  aangemaaktOp: number
  status: OutboxStatus
  /** The service's answer once delivered; the problem when it refused. */
  antwoord?: unknown
  probleem?: Problem
}

const entrySchema = v.object({
  id: v.string(),
  eigenaar: v.string(),
  soort: v.string(),
  pad: v.string(),
  body: v.unknown(),
  sleutel: v.string(),
  aangemaaktOp: v.number(),
  status: v.picklist(['wacht', 'verstuurd', 'geweigerd']),
  antwoord: v.optional(v.unknown()),
  probleem: v.optional(v.looseObject({})),
})

function read(): OutboxEntry[] {
  try {
    const parsed = v.safeParse(v.array(entrySchema), JSON.parse(window.localStorage.getItem(OUTBOX_KEY) ?? '[]'))
    return parsed.success ? (parsed.output as OutboxEntry[]) : []
  } catch {
    return []
  }
}

/** The entries, reactive; other tabs' changes arrive through the storage event. */
export const outbox = ref<OutboxEntry[]>(read())

function write(entries: OutboxEntry[]): void {
  outbox.value = entries
  try {
    if (entries.length === 0) window.localStorage.removeItem(OUTBOX_KEY)
    else window.localStorage.setItem(OUTBOX_KEY, JSON.stringify(entries))
  } catch {
    // Storage full or blocked: the entry still waits in this tab.
  }
}

window.addEventListener('storage', (event) => {
  if (event.key === OUTBOX_KEY || event.key === null) outbox.value = read()
})

export function putInOutbox(entry: Omit<OutboxEntry, 'status' | 'aangemaaktOp'>): OutboxEntry {
  const nieuw: OutboxEntry = { ...entry, status: 'wacht', aangemaaktOp: Date.now() }
  write([...read().filter((bestaand) => bestaand.id !== entry.id), nieuw])
  return nieuw
}

export function removeFromOutbox(id: string): void {
  write(read().filter((entry) => entry.id !== id))
}

function update(id: string, change: Partial<OutboxEntry>): void {
  write(read().map((entry) => (entry.id === id ? { ...entry, ...change } : entry)))
}

/** Worth another try later: no connection, no answer in time, or the service was down. */
const isTemporary = (error: unknown) =>
  !isApiError(error) || ['network', 'timeout', 'offline', 'server', 'rate-limited', 'unauthorized', 'aborted', 'malformed'].includes(error.kind)

let sending: Promise<void> | null = null

/** Sends what waits for this person, one at a time; an entry stays waiting when the connection fails again. */
export function sendOutbox(http: HttpClient, eigenaar: string): Promise<void> {
  if (sending) return sending
  sending = (async () => {
    for (const entry of read().filter((kandidaat) => kandidaat.eigenaar === eigenaar && kandidaat.status === 'wacht')) {
      if (!navigator.onLine) break
      try {
        const antwoord = await http.post(entry.pad, entry.body, v.unknown(), { idempotencyKey: entry.sleutel })
        update(entry.id, { status: 'verstuurd', antwoord })
      } catch (error) {
        if (isTemporary(error)) break
        update(entry.id, { status: 'geweigerd', ...(isApiError(error) && error.problem ? { probleem: error.problem } : {}) })
      }
    }
  })().finally(() => {
    sending = null
  })
  return sending
}

let watching: { eigenaar: string; stop: () => void } | null = null

/** From now on, what waits is sent whenever the connection comes back (and once right away). */
export function watchOutbox(http: HttpClient, eigenaar: string): void {
  if (watching?.eigenaar === eigenaar) return
  watching?.stop()
  const send = () => void sendOutbox(http, eigenaar)
  window.addEventListener('online', send)
  watching = { eigenaar, stop: () => window.removeEventListener('online', send) }
  send()
}
