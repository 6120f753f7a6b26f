import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useIdleTimer } from './use-idle-timer'

const MINUTE = 60_000

describe('useIdleTimer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function start(onTimeout = vi.fn()) {
    const scope = effectScope()
    const timer = scope.run(() => useIdleTimer({ idleMs: 15 * MINUTE, warnBeforeMs: 2 * MINUTE, onTimeout }))
    if (!timer) throw new Error('no timer')
    return { timer, onTimeout, stop: () => scope.stop() }
  }

  it('warns after 13 idle minutes and ends the session after 15, once', () => {
    const { timer, onTimeout, stop } = start()
    vi.advanceTimersByTime(13 * MINUTE - 1000)
    expect(timer.warning.value).toBe(false)
    vi.advanceTimersByTime(1000)
    expect(timer.warning.value).toBe(true)
    vi.advanceTimersByTime(2 * MINUTE)
    expect(onTimeout).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5 * MINUTE)
    expect(onTimeout).toHaveBeenCalledTimes(1)
    stop()
  })

  it('activity restarts the count, but not once the warning shows', () => {
    const { timer, onTimeout, stop } = start()
    vi.advanceTimersByTime(10 * MINUTE)
    timer.markActive()
    vi.advanceTimersByTime(12 * MINUTE)
    expect(timer.warning.value).toBe(false)
    vi.advanceTimersByTime(1 * MINUTE)
    expect(timer.warning.value).toBe(true)
    timer.markActive()
    vi.advanceTimersByTime(2 * MINUTE)
    expect(onTimeout).toHaveBeenCalledTimes(1)
    stop()
  })

  it('"stay" closes the warning and starts a fresh 15 minutes', () => {
    const { timer, onTimeout, stop } = start()
    vi.advanceTimersByTime(14 * MINUTE)
    expect(timer.warning.value).toBe(true)
    timer.stay()
    expect(timer.warning.value).toBe(false)
    vi.advanceTimersByTime(14 * MINUTE)
    expect(onTimeout).not.toHaveBeenCalled()
    stop()
  })

  it('activity reported from another tab counts, but never from the future', () => {
    const { timer, stop } = start()
    vi.advanceTimersByTime(14 * MINUTE)
    timer.stay(Date.now() + 60 * MINUTE)
    expect(timer.remainingMs.value).toBe(15 * MINUTE)
    stop()
  })
})
