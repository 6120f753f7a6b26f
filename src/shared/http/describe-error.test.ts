// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ApiError, type ApiErrorKind } from './api-error'
import { describeError } from './describe-error'
import { httpMessagesNl } from './http.messages'
import { httpMessagesEn } from './http.messages.en'

const allKinds: ApiErrorKind[] = [
  'network', 'timeout', 'aborted', 'offline', 'unauthorized', 'forbidden', 'not-found',
  'conflict', 'validation', 'rate-limited', 'server', 'malformed', 'http',
]

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  )
}

const nl = new Map(leaves(httpMessagesNl))
const en = new Map(leaves(httpMessagesEn))

describe('describeError', () => {
  it.each(allKinds)('gives keys that exist in Dutch and English for kind %s', (kind) => {
    const description = describeError(new ApiError(kind))
    for (const key of [description.titleKey, description.detailKey]) {
      expect(nl.get(key), key).toEqual(expect.any(String))
      expect(en.get(key), key).toEqual(expect.any(String))
    }
  })

  it('names the service problem for a server error', () => {
    const description = describeError(new ApiError('server', { status: 503 }))
    expect(description).toEqual({ titleKey: 'http.errors.service.title', detailKey: 'http.errors.service.detail', canRetry: true })
    expect(nl.get(description.titleKey)).toBe('Er is een probleem met de dienst')
  })

  it.each([
    ['ingetrokken', 'http.errors.outsideMachtiging.revoked.title'],
    ['verlopen', 'http.errors.outsideMachtiging.expired.title'],
    ['buiten-bereik', 'http.errors.outsideMachtiging.notCovered.title'],
    ['nooit', 'http.errors.outsideMachtiging.notCovered.title'],
    [undefined, 'http.errors.outsideMachtiging.notCovered.title'],
  ])('says why a machtiging did not cover it (reden %s) and offers the way back, not a retry', (reden, titleKey) => {
    // The texts come with the namens banner (only a gemachtigde gets this refusal): see NamensBanner.test.ts.
    const problem = { status: 403, code: 'buiten-machtiging', ...(reden ? { reden } : {}) }
    const description = describeError(new ApiError('forbidden', { status: 403, problem }))
    expect(description).toEqual({ titleKey, detailKey: titleKey.replace(/title$/, 'detail'), canRetry: false, backToOwn: true })
    expect(describeError(new ApiError('forbidden', { status: 403 })).backToOwn).toBeUndefined()
  })

  it('offers logging in, not retrying, when the session has expired', () => {
    const description = describeError(new ApiError('unauthorized', { status: 401 }))
    expect(description.canRetry).toBe(false)
    expect(nl.get(description.detailKey)).toBe('Uw sessie is verlopen. Log opnieuw in.')
  })

  it('tells how long to wait when the service said so', () => {
    expect(describeError(new ApiError('rate-limited', { status: 429, retryAfterSeconds: 120 }))).toEqual({
      titleKey: 'http.errors.rateLimited.title',
      detailKey: 'http.errors.rateLimited.detailMinutes',
      canRetry: true,
      retryAfterSeconds: 120,
      params: { minutes: 2 },
    })
    expect(describeError(new ApiError('rate-limited', { retryAfterSeconds: 30 }))).toMatchObject({
      detailKey: 'http.errors.rateLimited.detailSeconds',
      params: { seconds: 30 },
    })
    expect(describeError(new ApiError('server', { status: 503, retryAfterSeconds: 600 }))).toMatchObject({
      detailKey: 'http.errors.service.detailMinutes',
      params: { minutes: 10 },
    })
  })

  it('uses the generic text for errors that are not ApiErrors', () => {
    expect(describeError(new TypeError('x'))).toEqual({
      titleKey: 'http.errors.generic.title',
      detailKey: 'http.errors.generic.detail',
      canRetry: true,
    })
  })
})

describe('http messages', () => {
  it('has the same keys in Dutch and English', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort())
  })

  it('uses no vue-i18n syntax other than the known placeholders, and the same ones in both languages', () => {
    const placeholders = (text: unknown) => String(text).match(/\{\w+\}/g) ?? []
    for (const [key, text] of [...nl, ...en]) {
      const withoutPlaceholders = String(text).replace(/\{(seconds|minutes)\}/g, '')
      expect(withoutPlaceholders, key).not.toMatch(/[@|${}]/)
    }
    for (const [key, text] of nl) expect(placeholders(en.get(key)), key).toEqual(placeholders(text))
  })
})
