// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import { backoffDelayMs, parseRetryAfter, retryDelayMs } from './retry'

const now = Date.parse('2025-03-01T12:00:00Z')

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2)
    expect(parseRetryAfter(' 120 ', now)).toBe(120)
  })

  it('reads an HTTP-date as seconds from now, never below zero', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:01:30 GMT', now)).toBe(90)
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0)
  })

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-5', now)).toBeUndefined()
  })
})

describe('backoff', () => {
  it('doubles per retry with jitter in the upper half, and stays under the cap', () => {
    expect(backoffDelayMs(0, () => 0)).toBe(125)
    expect(backoffDelayMs(0, () => 1)).toBe(250)
    expect(backoffDelayMs(1, () => 0)).toBe(250)
    expect(backoffDelayMs(2, () => 1)).toBe(1000)
    expect(backoffDelayMs(10, () => 1)).toBe(4000)
  })

  it('waits only for errors where trying again can help', () => {
    expect(retryDelayMs(new ApiError('network'), 0, () => 1)).toBe(250)
    expect(retryDelayMs(new ApiError('server', { status: 504 }), 0, () => 1)).toBe(250)
    expect(retryDelayMs(new ApiError('server', { status: 503, retryAfterSeconds: 10 }), 0)).toBe(10_000)
    expect(retryDelayMs(new ApiError('server', { status: 503, retryAfterSeconds: 11 }), 0)).toBeUndefined()
    expect(retryDelayMs(new ApiError('server', { status: 500 }), 0)).toBeUndefined()
    expect(retryDelayMs(new ApiError('offline'), 0)).toBeUndefined()
    expect(retryDelayMs(new ApiError('aborted'), 0)).toBeUndefined()
    expect(retryDelayMs(new ApiError('malformed', { status: 200 }), 0)).toBeUndefined()
  })
})
