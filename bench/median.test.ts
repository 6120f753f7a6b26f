import { describe, expect, it } from 'vitest'
import { medianBy } from './median'

describe('medianBy', () => {
  it('picks the middle run by value, whatever the order the runs came in', () => {
    expect(medianBy([{ ms: 120 }, { ms: 40 }, { ms: 56 }], ({ ms }) => ms)).toEqual({ ms: 56 })
  })

  it('reads the lower middle of an even count, and nothing of none', () => {
    expect(medianBy([4, 1, 3, 2], (n) => n)).toBe(2)
    expect(medianBy([], (n: number) => n)).toBeUndefined()
  })
})
