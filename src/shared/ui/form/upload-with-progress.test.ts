import { describe, expect, it } from 'vitest'
import { uploadWithProgress, type ProgressRequest } from './upload-with-progress'

/** A stand-in for XMLHttpRequest that records what was sent and lets the test play the network. */
class FakeRequest implements ProgressRequest {
  opened: [string, string] | null = null
  headers: Record<string, string> = {}
  sent: Blob | FormData | null = null
  aborted = false
  status = 0
  responseText = ''
  responseType: string | null = null
  upload: ProgressRequest['upload'] = { onprogress: null }
  onload: ProgressRequest['onload'] = null
  onerror: ProgressRequest['onerror'] = null
  onabort: ProgressRequest['onabort'] = null
  ontimeout: ProgressRequest['ontimeout'] = null
  open(method: string, url: string) {
    this.opened = [method, url]
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  send(body: Blob | FormData) {
    this.sent = body
  }
  abort() {
    this.aborted = true
    this.onabort?.(new ProgressEvent('abort'))
  }
  getResponseHeader(name: string) {
    return name === 'Content-Type' ? this.responseType : null
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total }))
  }
  answer(status: number, body: string, type = 'application/json') {
    Object.assign(this, { status, responseText: body, responseType: type })
    this.onload?.(new ProgressEvent('load'))
  }
}

describe('uploadWithProgress', () => {
  it('sends the body with the headers and reports progress, then the answer', async () => {
    const fake = new FakeRequest()
    const fractions: number[] = []
    const body = new Blob(['%PDF-1.7'])
    const result = uploadWithProgress(
      { url: '/api/documenten', method: 'PUT', body, headers: { Authorization: 'Bearer x' }, onProgress: (f) => fractions.push(f) },
      () => fake,
    )
    expect(fake.opened).toEqual(['PUT', '/api/documenten'])
    expect(fake.headers).toEqual({ Authorization: 'Bearer x' })
    expect(fake.sent).toBe(body)
    fake.progress(25, 100)
    fake.progress(50, 0)
    fake.answer(201, '{"id":"1"}')
    await expect(result).resolves.toEqual({ status: 201, contentType: 'application/json', body: '{"id":"1"}' })
    expect(fractions).toEqual([0.25, 1])
  })

  it('passes an error answer on for the caller to read', async () => {
    const fake = new FakeRequest()
    const result = uploadWithProgress({ url: '/api/x', body: new Blob([]) }, () => fake)
    fake.answer(413, '{"title":"Te groot"}', 'application/problem+json')
    await expect(result).resolves.toMatchObject({ status: 413, contentType: 'application/problem+json' })
  })

  it('stops when the signal aborts', async () => {
    const fake = new FakeRequest()
    const controller = new AbortController()
    const result = uploadWithProgress({ url: '/api/x', body: new Blob([]), signal: controller.signal }, () => fake)
    controller.abort()
    await expect(result).rejects.toMatchObject({ name: 'AbortError' })
    expect(fake.aborted).toBe(true)
  })

  it('does not start when already aborted, and rejects on a network failure', async () => {
    const fake = new FakeRequest()
    await expect(uploadWithProgress({ url: '/api/x', body: new Blob([]), signal: AbortSignal.abort() }, () => fake)).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(fake.opened).toBeNull()
    const failing = new FakeRequest()
    const result = uploadWithProgress({ url: '/api/x', body: new Blob([]) }, () => failing)
    failing.onerror?.(new ProgressEvent('error'))
    await expect(result).rejects.toBeInstanceOf(TypeError)
  })
})
