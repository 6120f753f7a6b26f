import type { HttpClient } from '@/shared/http'
import type { OutboxContext } from './outbox'

const OUTBOX_KEY = 'mo:outbox'

/**
 * At login and when the context changes: when something waits to be sent (outbox.ts), load the outbox and send it. Most visits have nothing
 * waiting, so the outbox itself stays out of the first load.
 */
export function startOutboxWhenNeeded(http: HttpClient, context: OutboxContext): void {
  let waiting = false
  try {
    waiting = window.localStorage.getItem(OUTBOX_KEY) !== null
  } catch {
    return
  }
  if (waiting) void import('./outbox').then(({ watchOutbox }) => watchOutbox(http, context))
}

/** How many things wait to be sent on this device (read without loading the outbox): logout asks first. */
export function waitingInOutbox(): number {
  try {
    const entries = JSON.parse(window.localStorage.getItem(OUTBOX_KEY) ?? '[]') as unknown
    return Array.isArray(entries) ? entries.filter((entry: { status?: unknown }) => entry.status === 'wacht').length : 0
  } catch {
    return 0
  }
}
