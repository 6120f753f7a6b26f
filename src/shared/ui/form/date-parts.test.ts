// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { datePartId, parseDateParts } from './date-parts'

const date = (day: string, month: string, year: string) => parseDateParts({ day, month, year })

describe('parseDateParts', () => {
  it('reads a date as people type it', () => {
    expect(date('27', '3', '2007')).toEqual({ date: '2007-03-27' })
    expect(date(' 01 ', '03', '1985')).toEqual({ date: '1985-03-01' })
    expect(date('29', '2', '2024')).toEqual({ date: '2024-02-29' })
  })

  it('says which boxes are empty', () => {
    expect(date('', '', '')).toEqual({ error: 'empty', parts: ['day', 'month', 'year'] })
    expect(date('27', '', '')).toEqual({ error: 'incomplete', parts: ['month', 'year'] })
    expect(date('', '3', '2007')).toEqual({ error: 'incomplete', parts: ['day'] })
  })

  it.each([
    ['0', '3', '2007', 'day', ['day']],
    ['32', '3', '2007', 'day', ['day']],
    ['1e1', '3', '2007', 'day', ['day']],
    ['27', '13', '2007', 'month', ['month']],
    ['27', 'maart', '2007', 'month', ['month']],
    ['27', '3', '07', 'year', ['year']],
    ['31', '4', '2026', 'notReal', ['day', 'month']],
    ['29', '2', '2026', 'notReal', ['day', 'month']],
  ])('%s-%s-%s: %s', (day, month, year, error, parts) => {
    expect(date(day, month, year)).toEqual({ error, parts })
  })

  it('gives the day box the field id, so an error link lands on the first box', () => {
    expect(datePartId('geboortedatum', 'day')).toBe('geboortedatum')
    expect(datePartId('geboortedatum', 'year')).toBe('geboortedatum-year')
  })
})
