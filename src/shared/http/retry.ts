import type { ApiError } from './api-error'

/** Longer waits than this are not worth keeping someone at a spinner for: we report them instead. */
export const MAX_RETRY_AFTER_SECONDS = 10

const BASE_DELAY_MS = 250
const MAX_DELAY_MS = 4000

/** Statuses that say "try again later" rather than "this request is wrong". */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504])

/** Statuses whose `Retry-After` header we honour (RFC 9110 §10.2.3, RFC 6585 §4). */
const RETRY_AFTER_STATUSES = new Set([429, 503])

/**
 * Reads `Retry-After`: delta-seconds ("120") or an HTTP-date. Gives whole seconds from `nowMs`, or `undefined`
 * when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  // All three HTTP-date formats start with the day name; Date.parse alone would also take "-5" as a year.
  const date = /^[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - nowMs) / 1000))
}

export function retryAfterFor(response: Response, nowMs: number): number | undefined {
  return RETRY_AFTER_STATUSES.has(response.status) ? parseRetryAfter(response.headers.get('Retry-After'), nowMs) : undefined
}

/**
 * Exponential backoff with jitter: 125–250 ms, 250–500 ms, 500–1000 ms, … capped at 4 s. The jitter keeps many
 * clients that failed at the same moment from coming back at the same moment.
 */
export function backoffDelayMs(retryIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retryIndex)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/** How long to wait before trying again after `error`, or `undefined` when trying again makes no sense. */
export function retryDelayMs(error: ApiError, retryIndex: number, random?: () => number): number | undefined {
  if (error.kind === 'network' || error.kind === 'timeout') return backoffDelayMs(retryIndex, random)
  if (error.status === undefined || !RETRYABLE_STATUSES.has(error.status)) return undefined
  if (error.retryAfterSeconds === undefined) return backoffDelayMs(retryIndex, random)
  if (error.retryAfterSeconds > MAX_RETRY_AFTER_SECONDS) return undefined
  return error.retryAfterSeconds * 1000
}
