/**
 * fetch() cannot report upload progress, XMLHttpRequest can. This sends one body with progress and
 * cancellation and answers with a fetch `Response`, so the HTTP client's `upload` reads it like any other
 * answer (status, problem+json, the Date header). It knows nothing of our API: headers come from the caller.
 */
export interface UploadRequest {
  url: string
  method?: 'POST' | 'PUT'
  body: Blob | FormData
  headers?: HeadersInit
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
}

/** The part of XMLHttpRequest this needs, so tests can bring a fake one. */
export interface ProgressRequest {
  open(method: string, url: string): void
  setRequestHeader(name: string, value: string): void
  send(body: Blob | FormData): void
  abort(): void
  getAllResponseHeaders(): string
  readonly status: number
  readonly responseText: string
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null }
  onload: ((event: ProgressEvent) => void) | null
  onerror: ((event: ProgressEvent) => void) | null
  onabort: ((event: ProgressEvent) => void) | null
  ontimeout: ((event: ProgressEvent) => void) | null
}

/** Statuses whose Response must have no body (the constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([204, 205, 304])

/** "Name: value" lines, as XMLHttpRequest gives them. */
export function parseResponseHeaders(raw: string): Headers {
  const headers = new Headers()
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
  }
  return headers
}

const stopped = () => new DOMException('The upload was stopped.', 'AbortError')
const noConnection = () => new TypeError('The upload failed: no connection.')

/** Resolves with any HTTP answer (the caller decides what a 4xx means); rejects on a network failure or abort, as fetch does. */
export function uploadWithProgress(
  request: UploadRequest,
  createRequest: () => ProgressRequest = () => new XMLHttpRequest(),
): Promise<Response> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) return reject(stopped())
    const xhr = createRequest()
    const stop = () => xhr.abort()
    const done = () => request.signal?.removeEventListener('abort', stop)
    xhr.open(request.method ?? 'POST', request.url)
    new Headers(request.headers).forEach((value, name) => xhr.setRequestHeader(name, value))
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) request.onProgress?.(event.loaded / event.total)
    }
    xhr.onload = () => {
      done()
      // Status 0 (or 1xx) after a load is no HTTP answer: as fetch, treat it as no connection.
      if (xhr.status < 200 || xhr.status > 599) return reject(noConnection())
      request.onProgress?.(1)
      const body = NULL_BODY_STATUSES.has(xhr.status) ? null : xhr.responseText
      resolve(new Response(body, { status: xhr.status, headers: parseResponseHeaders(xhr.getAllResponseHeaders()) }))
    }
    xhr.onerror = () => {
      done()
      reject(noConnection())
    }
    xhr.ontimeout = xhr.onerror
    xhr.onabort = () => {
      done()
      reject(stopped())
    }
    request.signal?.addEventListener('abort', stop)
    xhr.send(request.body)
  })
}
