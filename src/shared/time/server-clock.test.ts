import { describe, expect, it } from 'vitest'
import { createServerClock } from './server-clock'

describe('server clock', () => {
  it('takes "now" from the Date header, also when the device clock is days off', () => {
    const clock = createServerClock()
    const device = Date.parse('2026-12-01T10:00:00Z')
    clock.observe('Thu, 10 Dec 2026 10:00:00 GMT', device)
    expect(clock.offsetMs.value).toBe(9 * 86_400_000)
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(9 * 86_400_000 - 1000)
  })

  it('ignores the rounding of the header and a missing or broken header', () => {
    const clock = createServerClock()
    clock.observe('Tue, 01 Dec 2026 10:00:00 GMT', Date.parse('2026-12-01T10:00:00.600Z'))
    expect(clock.offsetMs.value).toBe(0)
    clock.observe(null)
    clock.observe('gisteren')
    expect(clock.offsetMs.value).toBe(0)
  })
})
