import type { Problem } from './problem'

export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limited'
  | 'server'
  | 'malformed'
  | 'http'

export interface ApiErrorDetails {
  status?: number
  problem?: Problem
  retryAfterSeconds?: number
  cause?: unknown
}

/** The only error the HTTP client throws, so callers can switch on `kind` instead of guessing. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly status?: number
  readonly problem?: Problem
  /** From a `Retry-After` header: how long the service asked us to wait. */
  readonly retryAfterSeconds?: number

  constructor(kind: ApiErrorKind, details: ApiErrorDetails = {}) {
    // The message is for developers. It leaves out the URL and the response data: both may hold a BSN.
    const status = details.status === undefined ? '' : ` (HTTP ${details.status})`
    const title = details.problem?.title ? `: ${details.problem.title}` : ''
    super(`API request failed, ${kind}${status}${title}`, { cause: details.cause })
    this.kind = kind
    this.status = details.status
    this.problem = details.problem
    this.retryAfterSeconds = details.retryAfterSeconds
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** No connection at all (not an answer from the service): what the person did can wait in the outbox. */
export const isConnectionLost = (error: unknown): boolean => isApiError(error) && (error.kind === 'offline' || error.kind === 'network')

/** The kind for an HTTP error status. */
export function kindForStatus(status: number, problem?: Problem): ApiErrorKind {
  if (status === 400) return problem?.invalidParams?.length ? 'validation' : 'http'
  // 413 (too large) and 415 (wrong type): the same body again will be refused again; the person must change it.
  if (status === 422 || status === 413 || status === 415) return 'validation'
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  // 410: a bericht past its retention period is gone, which for the person is the same as not found.
  if (status === 404 || status === 410) return 'not-found'
  // 412: an If-Match that no longer matches means someone changed the data in between, like a 409.
  if (status === 409 || status === 412) return 'conflict'
  if (status === 429) return 'rate-limited'
  if (status >= 500) return 'server'
  return 'http'
}
