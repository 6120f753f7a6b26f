/**
 * fetch() cannot report upload progress, XMLHttpRequest can. This sends one body with progress and
 * cancellation, for a feature's `upload` function (see FileUploadField). It knows nothing of our API:
 * the feature passes the URL and headers (the bearer token, an Idempotency-Key) and reads the answer.
 */
export interface UploadRequest {
  url: string
  method?: 'POST' | 'PUT'
  body: Blob | FormData
  headers?: Record<string, string>
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
}

export interface UploadResponse {
  status: number
  contentType: string | null
  body: string
}

/** The part of XMLHttpRequest this needs, so tests can bring a fake one. */
export interface ProgressRequest {
  open(method: string, url: string): void
  setRequestHeader(name: string, value: string): void
  send(body: Blob | FormData): void
  abort(): void
  getResponseHeader(name: string): string | null
  readonly status: number
  readonly responseText: string
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null }
  onload: ((event: ProgressEvent) => void) | null
  onerror: ((event: ProgressEvent) => void) | null
  onabort: ((event: ProgressEvent) => void) | null
  ontimeout: ((event: ProgressEvent) => void) | null
}

/** Resolves with any HTTP answer (the caller decides what a 4xx means); rejects on a network failure or abort. */
export function uploadWithProgress(
  request: UploadRequest,
  createRequest: () => ProgressRequest = () => new XMLHttpRequest(),
): Promise<UploadResponse> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) return reject(new DOMException('The upload was stopped.', 'AbortError'))
    const xhr = createRequest()
    const stop = () => xhr.abort()
    const done = () => request.signal?.removeEventListener('abort', stop)
    xhr.open(request.method ?? 'POST', request.url)
    for (const [name, value] of Object.entries(request.headers ?? {})) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) request.onProgress?.(event.loaded / event.total)
    }
    xhr.onload = () => {
      done()
      request.onProgress?.(1)
      resolve({ status: xhr.status, contentType: xhr.getResponseHeader('Content-Type'), body: xhr.responseText })
    }
    xhr.onerror = () => {
      done()
      reject(new TypeError('The upload failed: no connection.'))
    }
    xhr.ontimeout = xhr.onerror
    xhr.onabort = () => {
      done()
      reject(new DOMException('The upload was stopped.', 'AbortError'))
    }
    request.signal?.addEventListener('abort', stop)
    xhr.send(request.body)
  })
}
