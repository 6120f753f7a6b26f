import { ApiError } from './api-error'
import { errorFromResponse } from './response-body'

/** What sends one request: fetch itself, or XMLHttpRequest behind fetch's shape for an upload with progress. */
export type Transport = (url: string, init: RequestInit) => Promise<Response>

export interface AttemptOptions<R> {
  fetch: Transport
  url: string
  init: RequestInit
  timeoutMs: number
  callerSignal: AbortSignal | undefined
  /** Reads a 2xx response. Runs inside the timeout: a body can stall as well as a connection. */
  read: (response: Response) => Promise<R>
  /** Sees every response that arrives, error or not (for the server's Date header). */
  onResponse?: (response: Response) => void
}

/** One try of a request. Always settles with the result or an ApiError that says what went wrong. */
export async function fetchAttempt<R>({ fetch, url, init, timeoutMs, callerSignal, read, onResponse }: AttemptOptions<R>): Promise<R> {
  // Our own controller instead of AbortSignal.any/timeout, so we know whether the timer or the caller aborted.
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const forwardAbort = () => controller.abort()
  callerSignal?.addEventListener('abort', forwardAbort, { once: true })
  try {
    const response = await fetch(url, { ...init, signal: controller.signal })
    onResponse?.(response)
    if (!response.ok) throw await errorFromResponse(response, Date.now())
    return await read(response)
  } catch (error) {
    if (error instanceof ApiError) throw error
    if (timedOut) throw new ApiError('timeout', { cause: error })
    if (callerSignal?.aborted) throw new ApiError('aborted', { cause: error })
    throw new ApiError(isOffline() ? 'offline' : 'network', { cause: error })
  } finally {
    clearTimeout(timer)
    callerSignal?.removeEventListener('abort', forwardAbort)
  }
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}
