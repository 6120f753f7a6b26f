import { describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth'

const genest = (diepte: number) => '['.repeat(diepte) + ']'.repeat(diepte)

describe('nestsDeeperThan', () => {
  it('lets the limit through and refuses one level more, for arrays and objects alike', () => {
    expect(nestsDeeperThan(genest(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false)
    expect(nestsDeeperThan(genest(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true)
    expect(nestsDeeperThan('{"a":'.repeat(3) + '1' + '}'.repeat(3), 2)).toBe(true)
  })

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ tekst: '[[[[{{{{ \\" [[[[' }), 1)).toBe(false)
    expect(nestsDeeperThan(JSON.stringify(['"[', ['x']]), 1)).toBe(true)
  })

  it('answers for 400 000 levels without overflowing the stack', () => {
    expect(nestsDeeperThan(genest(400_000), MAX_JSON_DEPTH)).toBe(true)
  })
})
