// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { pageItems } from './pagination-items'

/** "1 … 4 5 6 … 500" as a string, to read the cases at a glance. */
const shown = (current: number, total: number) =>
  pageItems(current, total)
    .map((item) => (item.kind === 'page' ? String(item.page) : '…'))
    .join(' ')

describe('pageItems', () => {
  it('keeps a long list short around the current page', () => {
    expect(shown(5, 500)).toBe('1 … 4 5 6 … 500')
    expect(shown(1, 500)).toBe('1 2 … 500')
    expect(shown(500, 500)).toBe('1 … 499 500')
  })

  it('never hides a single page behind a gap', () => {
    expect(shown(4, 10)).toBe('1 2 3 4 5 … 10')
    expect(shown(3, 5)).toBe('1 2 3 4 5')
  })

  it('one page, or none', () => {
    expect(shown(1, 1)).toBe('1')
    expect(pageItems(1, 0)).toEqual([])
  })
})
