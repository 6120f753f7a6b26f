import { ref } from 'vue'
import * as v from 'valibot'
import { isApiError, type HttpClient, type Problem } from '@/shared/http'
import { opslagProbleem } from '@/shared/offline/offline-status'
import { meldRonde } from './outbox-meldingen'

/**
 * Things the person sent while offline (or while the service did not answer), kept on the device until they
 * are delivered: through a reload and a closed tab, never past a logout (the wipe clears localStorage).
 * Each entry carries its Idempotency-Key, so however often it is sent, the service handles it once.
 */
export const OUTBOX_KEY = 'mo:outbox'

export type OutboxStatus = 'wacht' | 'verstuurd' | 'geweigerd'
export type OutboxMethode = 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Who acts, and for whom: an entry is only sent, and only shown, in that same context. Never a token. */
export interface OutboxContext {
  eigenaar: string
  /** The BSN of the person represented, or null when acting for oneself. */
  namens: string | null
}

export interface OutboxEntry {
  id: string
  /** Whose it is: only sent, and only shown, while that person is logged in. */
  eigenaar: string
  namens?: string | null
  /** What it is, for the feature that reads the outcome ("correctieverzoek", "bericht"). */
  soort: string
  /** What the person did, in their words at the time ("Archiveren: Uw aanslag 2026"), for the waiting list. */
  titel?: string
  /** Kept after delivery with its answer, for the feature that shows the outcome (the MFO's reference). */
  bewaarAntwoord?: boolean
  /** Default POST. */
  methode?: OutboxMethode
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
  namens: v.optional(v.nullable(v.string())),
  soort: v.string(),
  titel: v.optional(v.string()),
  methode: v.optional(v.picklist(['POST', 'PUT', 'PATCH', 'DELETE'])),
  bewaarAntwoord: v.optional(v.boolean()),
  pad: v.string(),
  body: v.unknown(),
  sleutel: v.string(),
  aangemaaktOp: v.number(),
  status: v.picklist(['wacht', 'verstuurd', 'geweigerd']),
  antwoord: v.optional(v.unknown()),
  probleem: v.optional(v.looseObject({})),
})

/** What could not be written to storage: it still waits, and is sent, from this tab. */
let unsaved: OutboxEntry[] | null = null

function read(): OutboxEntry[] {
  if (unsaved) return unsaved
  let raw: string | null = null
  try {
    raw = window.localStorage.getItem(OUTBOX_KEY)
    const parsed = v.safeParse(v.array(entrySchema), JSON.parse(raw ?? '[]'))
    if (parsed.success) return parsed.output as OutboxEntry[]
  } catch {
    // Blocked storage or broken JSON: as below.
  }
  // Something waited and can no longer be read: never silently gone, the person hears it.
  if (raw !== null) opslagProbleem.value = 'wachtrij-onleesbaar'
  return []
}

/** The entries, reactive; other tabs' changes arrive through the storage event. */
export const outbox = ref<OutboxEntry[]>(read())

function write(entries: OutboxEntry[]): void {
  outbox.value = entries
  try {
    if (entries.length === 0) window.localStorage.removeItem(OUTBOX_KEY)
    else window.localStorage.setItem(OUTBOX_KEY, JSON.stringify(entries))
    unsaved = null
  } catch {
    // Storage full or blocked: the entry still waits (and is sent) from this tab, and the person hears it would
    // not survive closing it.
    unsaved = entries
    opslagProbleem.value = 'wachtrij-vol'
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

/**
 * Worth another try later: no connection, no answer in time, the service was down, or it is still handling the
 * same key (another tab sent it at the same moment).
 */
const isTemporary = (error: unknown) =>
  !isApiError(error) ||
  ['network', 'timeout', 'offline', 'server', 'rate-limited', 'unauthorized', 'aborted', 'malformed'].includes(error.kind) ||
  error.problem?.code === 'idempotency-key-in-gebruik'

/** The context of a login: who is logged in, and for whom they act. */
export const contextOf = (identity: { bsn: string; representsBsn?: string | null } | null): OutboxContext | null =>
  identity ? { eigenaar: identity.bsn, namens: identity.representsBsn ?? null } : null

export const inContext = (entry: OutboxEntry, context: OutboxContext) =>
  entry.eigenaar === context.eigenaar && (entry.namens ?? null) === context.namens

let sending: Promise<void> | null = null

/**
 * Sends what waits in this context, in the order it was done, one at a time, each with a fresh token (the
 * client's) and its own Idempotency-Key. A connection that fails again stops the round and keeps the rest
 * waiting, in order; a refusal (the letter is gone, the task was done) is kept to tell the person, and the
 * round goes on.
 */
export function sendOutbox(http: HttpClient, context: OutboxContext): Promise<void> {
  if (sending) return sending
  // One tab at a time sends (Web Locks, where the browser has them); the Idempotency-Key covers the rest.
  const locks = (navigator as { locks?: LockManager | null }).locks
  const exclusive = (round: () => Promise<void>): Promise<void> => (locks ? locks.request('mo-outbox', round).then(() => undefined) : round())
  sending = exclusive(async () => {
    let verstuurd = 0
    const geweigerd: OutboxEntry[] = []
    for (const entry of read().filter((kandidaat) => inContext(kandidaat, context) && kandidaat.status === 'wacht')) {
      if (!navigator.onLine) break
      // Cancelled in another tab meanwhile: not sent.
      if (!read().some((kandidaat) => kandidaat.id === entry.id && kandidaat.status === 'wacht')) continue
      try {
        const antwoord = await http.request(entry.methode ?? 'POST', entry.pad, {
          body: entry.body,
          schema: v.unknown(),
          idempotencyKey: entry.sleutel,
        })
        if (entry.bewaarAntwoord) update(entry.id, { status: 'verstuurd', antwoord })
        else removeFromOutbox(entry.id)
        verstuurd += 1
      } catch (error) {
        if (isTemporary(error)) break
        const probleem = isApiError(error) && error.problem ? { probleem: error.problem } : {}
        update(entry.id, { status: 'geweigerd', ...probleem })
        geweigerd.push({ ...entry, status: 'geweigerd', ...probleem })
      }
    }
    if (verstuurd > 0 || geweigerd.length > 0) meldRonde(verstuurd, geweigerd.length)
  }).finally(() => {
    sending = null
  })
  return sending
}

let watching: { context: OutboxContext; stop: () => void } | null = null

/** From now on, what waits in this context is sent whenever the connection comes back (and once right away). */
export function watchOutbox(http: HttpClient, context: OutboxContext): void {
  if (watching && watching.context.eigenaar === context.eigenaar && watching.context.namens === context.namens) return
  watching?.stop()
  const send = () => void sendOutbox(http, context)
  window.addEventListener('online', send)
  watching = { context, stop: () => window.removeEventListener('online', send) }
  send()
}

/** The person did something while offline: it waits, and goes out when the connection is back. */
export function wachtOpVerbinding(http: HttpClient, context: OutboxContext, entry: Omit<OutboxEntry, 'status' | 'aangemaaktOp' | 'eigenaar' | 'namens'>): OutboxEntry {
  const nieuw = putInOutbox({ ...entry, eigenaar: context.eigenaar, namens: context.namens })
  watchOutbox(http, context)
  return nieuw
}

/** Refused entries the person has seen, and delivered ones nobody reads any more, go. */
export function ruimOp(ids: string[]): void {
  write(read().filter((entry) => !ids.includes(entry.id)))
}
