import type { ProgressRequest } from './upload-with-progress'

/**
 * For tests: stand-ins for XMLHttpRequest (happy-dom's own does not report upload progress). `FakeUploadRequest`
 * records what was sent and lets the test play the network; `fetchingUploadRequests` sends through fetch
 * instead, so msw/node and the mock handlers answer, as they do for every other call in a component test.
 */
export class FakeUploadRequest implements ProgressRequest {
  opened: [string, string] | null = null
  headers: Record<string, string> = {}
  sent: Blob | FormData | null = null
  aborted = false
  status = 0
  responseText = ''
  responseHeaders = ''
  upload: ProgressRequest['upload'] = { onprogress: null }
  onload: ProgressRequest['onload'] = null
  onerror: ProgressRequest['onerror'] = null
  onabort: ProgressRequest['onabort'] = null
  ontimeout: ProgressRequest['ontimeout'] = null

  open(method: string, url: string) {
    this.opened = [method, url]
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value
  }
  send(body: Blob | FormData) {
    this.sent = body
  }
  abort() {
    this.aborted = true
    this.onabort?.(new ProgressEvent('abort'))
  }
  getAllResponseHeaders() {
    return this.responseHeaders
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total }))
  }
  answer(status: number, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
    this.status = status
    this.responseText = body
    this.responseHeaders = Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\r\n')
    this.onload?.(new ProgressEvent('load'))
  }
  failNetwork() {
    this.onerror?.(new ProgressEvent('error'))
  }
}

/** Every upload goes through fetch (msw answers), after reporting half the body sent; `made` holds each request. */
export function fetchingUploadRequests() {
  const made: FakeUploadRequest[] = []
  const create = (): ProgressRequest => {
    const request = new FakeUploadRequest()
    made.push(request)
    request.send = (body) => {
      request.sent = body
      request.progress(1, 2)
      const [method = 'POST', url = ''] = request.opened ?? []
      fetch(url, { method, headers: request.headers, body }).then(
        async (response) => {
          if (request.aborted) return
          const headers: Record<string, string> = {}
          response.headers.forEach((value, name) => (headers[name] = value))
          request.answer(response.status, await response.text(), headers)
        },
        () => {
          if (!request.aborted) request.failNetwork()
        },
      )
    }
    return request
  }
  return { create, made }
}
