// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { formatBsn, maskBsn, normalizeBsn } from './bsn'

describe('BSN', () => {
  it('groups the digits 4-2-3, as the government writes them', () => {
    expect(formatBsn('999990019')).toBe('9999 90 019')
    expect(formatBsn('999990019', '.')).toBe('9999.90.019')
    expect(formatBsn('012345672')).toBe('0123 45 672')
  })

  it('reads a number people copied with dots or spaces', () => {
    expect(normalizeBsn(' 1234.56.782 ')).toBe('123456782')
    expect(formatBsn('9999 90 019')).toBe('9999 90 019')
  })

  it('leaves what is not a BSN as it is', () => {
    expect(formatBsn('12345')).toBe('12345')
    expect(formatBsn('')).toBe('')
  })

  it('masks all but the last 4 digits, and never shows part of something else', () => {
    expect(maskBsn('999990019')).toBe('*****0019')
    expect(maskBsn('999990019', 3)).toBe('******019')
    expect(maskBsn('geheim')).toBe('*********')
  })
})
