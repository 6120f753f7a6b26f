import { ApiError } from './api-error'
import { fetchAttempt, type Transport } from './fetch-attempt'
import { createKeyProof, type ProveKey } from './key-proof'
import { checkJson, discardBody, encodeBody, parseJson, readJson, type ResponseSchema } from './response-body'
import { retryDelayMs } from './retry'
import type { ProgressRequest, UploadRequest } from './upload-with-progress'
import { buildUrl, type QueryParams } from './url'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export type { KeyProofRequest } from './key-proof'

export interface HttpClientOptions {
  /** Prefix for every path, e.g. '/api'. */
  baseUrl: string
  getAccessToken: () => Promise<string | null>
  /**
   * The DPoP proof (RFC 9449) for one attempt, made just before it is sent: the token then goes as
   * `Authorization: DPoP`. Undefined (or no function) means a plain bearer token. May throw when the device lost its
   * key; the request then fails as unauthorized, never with a bearer token instead.
   */
  proveKey?: ProveKey
  /** Asked once when a request gets 401; its token is used for one more try. */
  refreshAccessToken?: () => Promise<string | null>
  /** Called when a request is still 401 after the refresh, or cannot be refreshed. Runs once per failed request. */
  onUnauthorized?: () => void
  /**
   * A 403 `buiten-machtiging`: someone acting for another did something the machtiging does not (or no longer)
   * cover. The app reads the context again, so the "namens" banner says what changed. The caller still gets the error.
   */
  onOutsideMachtiging?: () => void
  /** Per attempt. Default 15000. */
  timeoutMs?: number
  /** Extra attempts for retryable requests. Default 2. */
  retries?: number
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
  /** Told the `Date` header of every answer, so the app can use the server's "now". */
  clock?: { observe(dateHeader: string | null): void }
  /** Makes the XMLHttpRequest of an upload; tests bring a fake (shared/http/fake-upload-request.ts). */
  createUploadRequest?: () => ProgressRequest
  /** Keeps JSON answers to GETs, to show them again when there is no connection. */
  offlineCopy?: OfflineCopy
}

/** Where answers are kept for offline reading (shared/offline). Keyed by the full URL, path and query. */
export interface OfflineCopy {
  /** A checked answer; kept in the background, a failure to keep never fails the request. */
  keep(url: string, data: unknown): void
  /** The kept answer, or undefined when there is none (or it cannot be read). */
  find(url: string): Promise<unknown>
}

export interface HttpRequestInit {
  query?: QueryParams
  headers?: Record<string, string>
  /** Cancels the request; the promise then rejects with kind 'aborted'. */
  signal?: AbortSignal
  /** Reuse one key for one user action, so the server handles a double submit once. */
  idempotencyKey?: string
  /** Retry on temporary failures. Default: true for GET and HEAD (and a read-only POST), false for the rest. */
  retry?: boolean
  /**
   * A POST that only reads (the BRP keeps the BSN out of URLs this way): retried like a GET, and its answer
   * kept for offline reading like a GET's, under its URL and body.
   */
  readOnly?: boolean
  /** Overrides the client's timeout for this request, e.g. for an upload. */
  timeoutMs?: number
}

export interface UploadInit {
  /** 0 to 1, as the body goes out; it starts again from 0 when the request is repeated after a token refresh. */
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  /** Required: an upload is never retried by the client, the person retries it with the same key. */
  idempotencyKey: string
  /** Per attempt, the whole body included. Default 5 minutes. */
  timeoutMs?: number
  /**
   * What sends the body with progress: `uploadWithProgress` from shared/http/upload-with-progress. The feature
   * that uploads brings it, so its code stays out of the first load (most visits never send a file).
   */
  via: (request: UploadRequest, createRequest?: () => ProgressRequest) => Promise<Response>
}

export interface RequestOptions<T> extends HttpRequestInit {
  /** Sent as JSON; FormData and Blob are sent as they are. */
  body?: unknown
  schema?: ResponseSchema<T>
}

export interface HttpClient {
  request<T>(method: HttpMethod, path: string, options: RequestOptions<T> & { schema: ResponseSchema<T> }): Promise<T>
  request(method: HttpMethod, path: string, options?: RequestOptions<never> & { schema?: undefined }): Promise<void>
  get<T>(path: string, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  /** For attachments (PDF and the like): the body as a Blob, with the same auth, retries and errors. */
  getBlob(path: string, init?: HttpRequestInit): Promise<Blob>
  post<T>(path: string, body: unknown, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  post(path: string, body: unknown, schema?: undefined, init?: HttpRequestInit): Promise<void>
  put<T>(path: string, body: unknown, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  put(path: string, body: unknown, schema?: undefined, init?: HttpRequestInit): Promise<void>
  patch<T>(path: string, body: unknown, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  patch(path: string, body: unknown, schema?: undefined, init?: HttpRequestInit): Promise<void>
  delete<T>(path: string, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  delete(path: string, schema?: undefined, init?: HttpRequestInit): Promise<void>
  /** POSTs a form with files through XMLHttpRequest, for its progress; otherwise as `post` (auth, headers, errors). */
  upload<T>(path: string, body: FormData, schema: ResponseSchema<T>, init: UploadInit): Promise<T>
}

const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_RETRIES = 2
/** 10 MB over a slow mobile upload (1 Mbit/s) takes well over a minute; the timeout is only for a stalled one. */
const DEFAULT_UPLOAD_TIMEOUT_MS = 300_000

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createHttpClient(options: HttpClientOptions): HttpClient {
  // Looked up per call, so a fetch patched later (msw in tests) is the one used, and `window.fetch` keeps its `this`.
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const sleep = options.sleep ?? defaultSleep
  const retries = options.retries ?? DEFAULT_RETRIES
  const keyProof = createKeyProof(options.proveKey)
  const onResponse = (response: Response) => {
    options.clock?.observe(response.headers.get('Date'))
    keyProof.observe(response)
  }
  const createUploadRequest = options.createUploadRequest ?? (() => new XMLHttpRequest())
  // Requests that get 401 at the same time share one refresh instead of each starting their own.
  let refreshing: Promise<string | null> | undefined

  function refreshToken(): Promise<string | null> {
    const refresh = options.refreshAccessToken
    if (!refresh) return Promise.resolve(null)
    refreshing ??= refresh()
      .catch(() => null)
      .finally(() => {
        refreshing = undefined
      })
    return refreshing
  }

  async function currentToken(): Promise<string | null> {
    try {
      return await options.getAccessToken()
    } catch {
      // Without a token the server answers 401, and the refresh and onUnauthorized path takes over.
      return null
    }
  }

  async function waitBeforeRetry(ms: number, signal: AbortSignal | undefined): Promise<void> {
    if (!signal) return sleep(ms)
    if (signal.aborted) throw new ApiError('aborted')
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(new ApiError('aborted'))
      signal.addEventListener('abort', onAbort, { once: true })
      sleep(ms).then(() => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      }, reject)
    })
  }

  async function send<R>(
    method: HttpMethod,
    path: string,
    request: RequestOptions<unknown>,
    accept: string,
    read: (response: Response) => Promise<R>,
    transport: Transport = fetchFn,
  ): Promise<R> {
    const url = buildUrl(options.baseUrl, path, request.query)
    const mayRetry = request.retry ?? (method === 'GET' || method === 'HEAD' || request.readOnly === true)
    // One key for every try of this call: a retried POST must not be handled twice.
    const idempotencyKey = isMutation(method) ? (request.idempotencyKey ?? crypto.randomUUID()) : undefined
    const body = encodeBody(request.body)
    const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    let refreshTried = false
    let nonceTried = false
    let refreshedToken: string | null = null

    for (let retryIndex = 0; ; ) {
      if (request.signal?.aborted) throw new ApiError('aborted')
      const headers = new Headers(request.headers)
      if (!headers.has('Accept')) headers.set('Accept', accept)
      if (body.contentType) headers.set('Content-Type', body.contentType)
      const token = refreshedToken ?? (await currentToken())
      if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey)

      try {
        if (token) await keyProof.authorize(headers, method, url, token)
        const init: RequestInit = { method, headers, body: body.payload }
        return await fetchAttempt({ fetch: transport, url, init, timeoutMs, callerSignal: request.signal, read, onResponse })
      } catch (error) {
        if (!(error instanceof ApiError)) throw error
        if (!nonceTried && keyProof.asksForNonce(error)) {
          // The device's clock is off: once more with the API's nonce, which proves the proof is fresh. Once only.
          nonceTried = true
          continue
        }
        if (error.kind === 'unauthorized') {
          // One refresh per request, never more: a token the server keeps refusing must end in a login, not a loop.
          if (!refreshTried && options.refreshAccessToken) {
            refreshTried = true
            refreshedToken = await refreshToken()
            if (refreshedToken) continue
          }
          options.onUnauthorized?.()
          throw error
        }
        if (error.kind === 'forbidden' && error.problem?.code === 'buiten-machtiging') options.onOutsideMachtiging?.()
        const delay = mayRetry && retryIndex < retries ? retryDelayMs(error, retryIndex) : undefined
        if (delay === undefined) throw error
        await waitBeforeRetry(delay, request.signal)
        retryIndex += 1
      }
    }
  }

  async function sendForJson<T>(method: HttpMethod, path: string, request: RequestOptions<T>): Promise<T | undefined> {
    const { schema } = request
    if (!schema) {
      await send(method, path, request, 'application/json', discardBody)
      return undefined
    }
    const copy = options.offlineCopy
    // A PATCH or PUT answers with the resource at the same URL: the copy for offline reading follows the change.
    if (!copy || (method !== 'PATCH' && method !== 'PUT')) return send(method, path, request, 'application/json', (response) => readJson(response, schema))
    return send(method, path, request, 'application/json', readAndKeep(schema, copy, buildUrl(options.baseUrl, path, request.query)))
  }

  function request<T>(method: HttpMethod, path: string, options: RequestOptions<T> & { schema: ResponseSchema<T> }): Promise<T>
  function request(method: HttpMethod, path: string, options?: RequestOptions<never> & { schema?: undefined }): Promise<void>
  async function request<T>(method: HttpMethod, path: string, options: RequestOptions<T> = {}) {
    return sendForJson(method, path, options)
  }

  function post<T>(path: string, body: unknown, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  function post(path: string, body: unknown, schema?: undefined, init?: HttpRequestInit): Promise<void>
  async function post<T>(path: string, body: unknown, schema?: ResponseSchema<T>, init?: HttpRequestInit) {
    if (schema && init?.readOnly) return readWithCopy('POST', path, { ...init, body }, schema)
    return sendForJson('POST', path, { ...init, body, schema })
  }

  function put<T>(path: string, body: unknown, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  function put(path: string, body: unknown, schema?: undefined, init?: HttpRequestInit): Promise<void>
  async function put<T>(path: string, body: unknown, schema?: ResponseSchema<T>, init?: HttpRequestInit) {
    return sendForJson('PUT', path, { ...init, body, schema })
  }

  function patch<T>(path: string, body: unknown, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  function patch(path: string, body: unknown, schema?: undefined, init?: HttpRequestInit): Promise<void>
  async function patch<T>(path: string, body: unknown, schema?: ResponseSchema<T>, init?: HttpRequestInit) {
    return sendForJson('PATCH', path, { ...init, body, schema })
  }

  // `delete` is a reserved word, so the function has another name.
  function remove<T>(path: string, schema: ResponseSchema<T>, init?: HttpRequestInit): Promise<T>
  function remove(path: string, schema?: undefined, init?: HttpRequestInit): Promise<void>
  async function remove<T>(path: string, schema?: ResponseSchema<T>, init?: HttpRequestInit) {
    return sendForJson('DELETE', path, { ...init, schema })
  }

  function upload<T>(path: string, body: FormData, schema: ResponseSchema<T>, init: UploadInit): Promise<T> {
    const { onProgress, via, ...rest } = init
    // fetch's shape over XMLHttpRequest: the token refresh, timeout and error handling of `send` stay the same.
    const viaXhr: Transport = (url, attempt) =>
      via({ url, body, headers: attempt.headers, onProgress, signal: attempt.signal ?? undefined }, createUploadRequest)
    const request = { ...rest, body, retry: false, timeoutMs: init.timeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS }
    return send('POST', path, request, 'application/json', (response) => readJson(response, schema), viaXhr)
  }

  /**
   * With an offline copy: a checked answer is kept, and offline the kept answer is checked with the same schema
   * and returned instead of the error. A service that answers with an error is not hidden.
   */
  async function readWithCopy<T>(method: 'GET' | 'POST', path: string, request: RequestOptions<T>, schema: ResponseSchema<T>): Promise<T> {
    const copy = options.offlineCopy
    if (!copy) return send(method, path, request, 'application/json', (response) => readJson(response, schema))
    const url = buildUrl(options.baseUrl, path, request.query)
    const key = method === 'GET' ? url : `${url}#${JSON.stringify(request.body)}`
    try {
      return await send(method, path, request, 'application/json', readAndKeep(schema, copy, key))
    } catch (error) {
      // Only when the device knows it is offline, so the connection status says the data is older: a service that
      // drops the connection while we are online stays a visible error, not old data that looks current.
      if (!(error instanceof ApiError) || error.kind !== 'offline') throw error
      const kept = await copy.find(key)
      if (kept === undefined) throw error
      return checkJson(kept, schema)
    }
  }

  return {
    request,
    get: (path, schema, init = {}) => readWithCopy('GET', path, init, schema),
    getBlob: (path, init = {}) => send('GET', path, init, '*/*', (response) => response.blob()),
    post,
    put,
    patch,
    delete: remove,
    upload,
  }
}

/** Reads and checks a JSON answer, and keeps it (only once it passed its schema) for offline reading. */
function readAndKeep<T>(schema: ResponseSchema<T>, copy: OfflineCopy, key: string) {
  return async (response: Response): Promise<T> => {
    const data = await parseJson(response)
    const checked = checkJson(data, schema, response.status)
    copy.keep(key, data)
    return checked
  }
}

function isMutation(method: HttpMethod): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE'
}
