import { describe, expect, it } from 'vitest'
import { FakeUploadRequest } from './fake-upload-request'
import { parseResponseHeaders, uploadWithProgress } from './upload-with-progress'

describe('uploadWithProgress', () => {
  it('sends the body with the headers and reports progress, then answers with a Response', async () => {
    const fake = new FakeUploadRequest()
    const fractions: number[] = []
    const body = new Blob(['%PDF-1.7'])
    const result = uploadWithProgress(
      { url: '/api/documenten', method: 'PUT', body, headers: { Authorization: 'Bearer x' }, onProgress: (f) => fractions.push(f) },
      () => fake,
    )
    expect(fake.opened).toEqual(['PUT', '/api/documenten'])
    expect(fake.headers).toEqual({ authorization: 'Bearer x' })
    expect(fake.sent).toBe(body)
    fake.progress(25, 100)
    fake.progress(50, 0)
    fake.answer(201, '{"id":"1"}', { 'Content-Type': 'application/json', Date: 'Thu, 10 Dec 2026 10:00:00 GMT' })
    const response = await result
    expect(response.status).toBe(201)
    expect(response.headers.get('Date')).toBe('Thu, 10 Dec 2026 10:00:00 GMT')
    expect(await response.json()).toEqual({ id: '1' })
    expect(fractions).toEqual([0.25, 1])
  })

  it('passes an error answer on for the caller to read, and a 204 without a body', async () => {
    const fake = new FakeUploadRequest()
    const result = uploadWithProgress({ url: '/api/x', body: new Blob([]) }, () => fake)
    fake.answer(413, '{"title":"Te groot"}', { 'Content-Type': 'application/problem+json' })
    const response = await result
    expect(response.status).toBe(413)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    const empty = new FakeUploadRequest()
    const noContent = uploadWithProgress({ url: '/api/x', body: new Blob([]) }, () => empty)
    empty.answer(204, '')
    expect((await noContent).status).toBe(204)
  })

  it('stops when the signal aborts', async () => {
    const fake = new FakeUploadRequest()
    const controller = new AbortController()
    const result = uploadWithProgress({ url: '/api/x', body: new Blob([]), signal: controller.signal }, () => fake)
    controller.abort()
    await expect(result).rejects.toMatchObject({ name: 'AbortError' })
    expect(fake.aborted).toBe(true)
  })

  it('does not start when already aborted, and rejects as fetch does on a network failure or status 0', async () => {
    const fake = new FakeUploadRequest()
    await expect(uploadWithProgress({ url: '/api/x', body: new Blob([]), signal: AbortSignal.abort() }, () => fake)).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(fake.opened).toBeNull()
    const failing = new FakeUploadRequest()
    const result = uploadWithProgress({ url: '/api/x', body: new Blob([]) }, () => failing)
    failing.failNetwork()
    await expect(result).rejects.toBeInstanceOf(TypeError)
    const zero = new FakeUploadRequest()
    const noAnswer = uploadWithProgress({ url: '/api/x', body: new Blob([]) }, () => zero)
    zero.answer(0, '')
    await expect(noAnswer).rejects.toBeInstanceOf(TypeError)
  })

  it('reads the header lines XMLHttpRequest gives', () => {
    const headers = parseResponseHeaders('content-type: application/json\r\nretry-after: 5\r\n\r\nbroken line')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(headers.get('Retry-After')).toBe('5')
    expect([...headers.keys()]).toEqual(['content-type', 'retry-after'])
  })
})
