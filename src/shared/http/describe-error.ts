import { isApiError, type ApiErrorKind } from './api-error'

export interface ErrorDescription {
  /** vue-i18n key under `http.errors`. */
  titleKey: string
  detailKey: string
  /** Whether trying the same thing again can help, i.e. whether to offer an "opnieuw proberen" button. */
  canRetry: boolean
  retryAfterSeconds?: number
  /** Values for the placeholders in the detail text: `t(description.detailKey, description.params ?? {})`. */
  params?: { seconds: number } | { minutes: number }
  /** Refused as outside a machtiging: offer the way back to one's own context. */
  backToOwn?: boolean
}

type MessageGroup =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'service'
  | 'malformed'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'validation'
  | 'conflict'
  | 'generic'

const byKind: Record<ApiErrorKind, { group: MessageGroup; canRetry: boolean }> = {
  offline: { group: 'offline', canRetry: true },
  network: { group: 'network', canRetry: true },
  timeout: { group: 'timeout', canRetry: true },
  server: { group: 'service', canRetry: true },
  malformed: { group: 'malformed', canRetry: true },
  // The way forward is logging in again, not repeating the request.
  unauthorized: { group: 'unauthorized', canRetry: false },
  forbidden: { group: 'forbidden', canRetry: false },
  'not-found': { group: 'notFound', canRetry: false },
  'rate-limited': { group: 'rateLimited', canRetry: true },
  // The person has to change the input first; the form shows which fields.
  validation: { group: 'validation', canRetry: false },
  conflict: { group: 'conflict', canRetry: true },
  // Callers normally ignore an abort they asked for; should one reach the screen, it is a generic failure.
  aborted: { group: 'generic', canRetry: true },
  http: { group: 'generic', canRetry: true },
}

/** Why a machtiging did not cover a request (the API's `reden`), each with its own words. */
const OUTSIDE_MACHTIGING: Record<string, string> = { ingetrokken: 'revoked', verlopen: 'expired' }

/** Turns any error into texts for the screen. Errors that are not ApiErrors get the generic text. */
export function describeError(error: unknown): ErrorDescription {
  if (isApiError(error) && error.kind === 'forbidden' && error.problem?.code === 'buiten-machtiging') {
    const reden = error.problem['reden']
    const group = `outsideMachtiging.${(typeof reden === 'string' && OUTSIDE_MACHTIGING[reden]) || 'notCovered'}`
    return { titleKey: `http.errors.${group}.title`, detailKey: `http.errors.${group}.detail`, canRetry: false, backToOwn: true }
  }
  const { group, canRetry } = isApiError(error) ? byKind[error.kind] : { group: 'generic' as const, canRetry: true }
  const titleKey = `http.errors.${group}.title`
  const seconds = isApiError(error) ? error.retryAfterSeconds : undefined
  if (seconds === undefined || (group !== 'rateLimited' && group !== 'service')) {
    return { titleKey, detailKey: `http.errors.${group}.detail`, canRetry }
  }
  // Numbers below 2 would need a singular ("1 seconde"); "probeer het zo opnieuw" says it just as well.
  if (seconds < 2) return { titleKey, detailKey: `http.errors.${group}.detail`, canRetry, retryAfterSeconds: seconds }
  if (seconds <= 60) {
    return { titleKey, detailKey: `http.errors.${group}.detailSeconds`, canRetry, retryAfterSeconds: seconds, params: { seconds } }
  }
  // Rounded up so we never invite someone back before the service is ready; always 2 or more, so always plural.
  const minutes = Math.ceil(seconds / 60)
  return { titleKey, detailKey: `http.errors.${group}.detailMinutes`, canRetry, retryAfterSeconds: seconds, params: { minutes } }
}
