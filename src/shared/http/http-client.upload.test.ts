import { uploadWithProgress } from './upload-with-progress'
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import { describeError } from './describe-error'
import { FakeUploadRequest } from './fake-upload-request'
import { createHttpClient, type HttpClientOptions } from './http-client'

const taakSchema = v.object({ id: v.string(), status: v.string() })

/** A client whose uploads go to fakes the test answers, one per attempt. */
function makeClient(overrides: Partial<HttpClientOptions> = {}) {
  const attempts: FakeUploadRequest[] = []
  const client = createHttpClient({
    baseUrl: '/api',
    getAccessToken: async () => 'token-1',
    createUploadRequest: () => {
      const fake = new FakeUploadRequest()
      attempts.push(fake)
      return fake
    },
    ...overrides,
  })
  return { client, attempts }
}

const form = () => {
  const body = new FormData()
  body.append('bestand', new File(['%PDF-1.7'], 'huurcontract.pdf', { type: 'application/pdf' }))
  return body
}

/** Lets the client's async steps (token, headers) run until the request is sent. */
async function sent(attempts: FakeUploadRequest[], count: number): Promise<FakeUploadRequest> {
  await vi.waitFor(() => expect(attempts[count - 1]?.sent ?? null).not.toBeNull())
  const attempt = attempts[count - 1]
  if (!attempt) throw new Error('no attempt')
  return attempt
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(() => undefined, (reason: unknown) => reason)
  if (!(error instanceof ApiError)) throw new Error(`Expected an ApiError, got ${String(error)}`)
  return error
}

const problem = (status: number, body: object) => [status, JSON.stringify(body), { 'Content-Type': 'application/problem+json' }] as const

describe('upload', () => {
  it('POSTs the form with the token, the Idempotency-Key and progress, and checks the answer', async () => {
    const clock = { observe: vi.fn() }
    const { client, attempts } = makeClient({ clock })
    const body = form()
    const fractions: number[] = []
    const result = client.upload('/zaken/zaken/z1/taken/t1/bestanden', body, taakSchema, { via: uploadWithProgress, idempotencyKey: 'sleutel-1', onProgress: (f) => fractions.push(f) })
    const attempt = await sent(attempts, 1)
    expect(attempt.opened).toEqual(['POST', '/api/zaken/zaken/z1/taken/t1/bestanden'])
    expect(attempt.sent).toBe(body)
    expect(attempt.headers).toEqual({ accept: 'application/json', authorization: 'Bearer token-1', 'idempotency-key': 'sleutel-1' })
    attempt.progress(40, 100)
    attempt.answer(201, '{"id":"t1","status":"afgerond","extra":1}', { 'Content-Type': 'application/json', Date: 'Thu, 10 Dec 2026 10:00:00 GMT' })
    await expect(result).resolves.toEqual({ id: 't1', status: 'afgerond' })
    expect(fractions).toEqual([0.4, 1])
    expect(clock.observe).toHaveBeenCalledWith('Thu, 10 Dec 2026 10:00:00 GMT')
  })

  it('turns 413 and 415 into validation errors with their problem, and never retries', async () => {
    const { client, attempts } = makeClient()
    const tooLarge = client.upload('/x', form(), taakSchema, { via: uploadWithProgress, idempotencyKey: 'k' })
    ;(await sent(attempts, 1)).answer(...problem(413, { title: 'Bestand te groot', code: 'bestand-te-groot' }))
    const error = await failure(tooLarge)
    expect(error).toMatchObject({ kind: 'validation', status: 413, problem: { code: 'bestand-te-groot' } })
    expect(describeError(error).canRetry).toBe(false)
    const wrongType = client.upload('/x', form(), taakSchema, { via: uploadWithProgress, idempotencyKey: 'k2' })
    ;(await sent(attempts, 2)).answer(...problem(415, { code: 'bestandstype' }))
    expect(await failure(wrongType)).toMatchObject({ kind: 'validation', status: 415 })
    const unavailable = client.upload('/x', form(), taakSchema, { via: uploadWithProgress, idempotencyKey: 'k3' })
    ;(await sent(attempts, 3)).answer(...problem(503, { title: 'Even niet' }))
    expect(await failure(unavailable)).toMatchObject({ kind: 'server', status: 503 })
    expect(attempts).toHaveLength(3)
  })

  it('reports a dropped connection as network, or offline when the browser knows it is', async () => {
    const { client, attempts } = makeClient()
    const dropped = client.upload('/x', form(), taakSchema, { via: uploadWithProgress, idempotencyKey: 'k' })
    ;(await sent(attempts, 1)).failNetwork()
    expect((await failure(dropped)).kind).toBe('network')
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const offline = client.upload('/x', form(), taakSchema, { via: uploadWithProgress, idempotencyKey: 'k' })
    ;(await sent(attempts, 2)).failNetwork()
    expect((await failure(offline)).kind).toBe('offline')
    onLine.mockRestore()
  })

  it('stops the request when the caller aborts, and times out a stalled one', async () => {
    const { client, attempts } = makeClient()
    const controller = new AbortController()
    const cancelled = client.upload('/x', form(), taakSchema, { via: uploadWithProgress, idempotencyKey: 'k', signal: controller.signal })
    const attempt = await sent(attempts, 1)
    controller.abort()
    expect((await failure(cancelled)).kind).toBe('aborted')
    expect(attempt.aborted).toBe(true)
    const stalled = client.upload('/x', form(), taakSchema, { via: uploadWithProgress, idempotencyKey: 'k', timeoutMs: 5 })
    expect((await failure(stalled)).kind).toBe('timeout')
    expect(attempts[1]?.aborted).toBe(true)
  })

  it('refreshes the token once on 401 and sends the same body with the same key again; then onUnauthorized', async () => {
    const onUnauthorized = vi.fn()
    const { client, attempts } = makeClient({ refreshAccessToken: async () => 'token-2', onUnauthorized })
    const body = form()
    const result = client.upload('/x', body, taakSchema, { via: uploadWithProgress, idempotencyKey: 'k' })
    ;(await sent(attempts, 1)).answer(...problem(401, { title: 'Niet ingelogd' }))
    const repeat = await sent(attempts, 2)
    expect(repeat.headers).toMatchObject({ authorization: 'Bearer token-2', 'idempotency-key': 'k' })
    expect(repeat.sent).toBe(body)
    repeat.answer(...problem(401, { title: 'Niet ingelogd' }))
    expect((await failure(result)).kind).toBe('unauthorized')
    expect(onUnauthorized).toHaveBeenCalledOnce()
    expect(attempts).toHaveLength(2)
  })
})
