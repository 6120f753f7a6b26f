import { describe, expect, it } from 'vitest'
import { createRequestLog, loggableHeaders, MAX_LOG_BYTES, MAX_LOGGED_BODY_BYTES, type LoggedRequest } from './requests'

const vraag = (body: unknown, path = '/api/berichten'): LoggedRequest => ({
  method: 'POST',
  path,
  query: '',
  headers: { 'content-type': 'application/json' },
  body,
  idempotencyKey: null,
  receivedAt: '',
})

describe('the request log', () => {
  it('keeps a small body whole, and of a large one only that it was cut off and its size', () => {
    const log = createRequestLog()
    log.record(vraag({ email: 'f@example.nl' }))
    log.record(vraag({ inhoud: 'x'.repeat(MAX_LOGGED_BODY_BYTES) }))
    const [klein, groot] = log.list('/api/berichten')
    expect(klein?.body).toEqual({ email: 'f@example.nl' })
    expect(groot?.body).toEqual({ afgekapt: true, bytes: MAX_LOGGED_BODY_BYTES + '{"inhoud":""}'.length })
  })

  it('holds at most a few megabytes in all: the oldest entries go first, the newest stays', () => {
    const log = createRequestLog()
    const body = { inhoud: 'x'.repeat(MAX_LOGGED_BODY_BYTES - 100) }
    for (let i = 0; i < 1000; i++) log.record(vraag(body, `/api/${i}`))
    const bewaard = log.list()
    const bytes = bewaard.reduce((som, entry) => som + Buffer.byteLength(JSON.stringify(entry)), 0)
    expect(bytes).toBeLessThanOrEqual(MAX_LOG_BYTES)
    expect(bewaard.length).toBeGreaterThan(100)
    expect(bewaard.at(-1)?.path).toBe('/api/999')
    expect(log.list('/api/0')).toEqual([])
  })

  it('keeps no credentials: not the token, not the DPoP proof that goes with it, not a cookie', () => {
    const headers = new Headers({ Authorization: 'DPoP token-fatima', DPoP: 'eyJ0eXAiOiJkcG9wK2p3dCJ9.e30.x', Cookie: 'a=b', 'Content-Type': 'application/json', 'Idempotency-Key': 'k' })
    expect(loggableHeaders(headers)).toEqual({ 'content-type': 'application/json', 'idempotency-key': 'k' })
  })
})
