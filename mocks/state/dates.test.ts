import { describe, expect, it } from 'vitest'
import { bedrag, DAG_MS, isoDatum, langeDatum, maandNaam } from './dates'

const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })
const lang = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' })
const maand = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', month: 'long' })
const geld = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })

describe('dates in Amsterdam, without Intl', () => {
  it('agree with Intl every half hour around the summer time changes and the new year', () => {
    for (const begin of ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z', '2025-12-31T18:00:00Z', '2028-02-28T20:00:00Z']) {
      for (let ms = Date.parse(begin); ms < Date.parse(begin) + 3 * DAG_MS; ms += 30 * 60_000) {
        expect(isoDatum(ms), new Date(ms).toISOString()).toBe(iso.format(ms))
        expect(langeDatum(ms)).toBe(lang.format(ms))
        expect(maandNaam(ms)).toBe(maand.format(ms))
      }
    }
  })

  it('agree with Intl on a spread of moments over ten years', () => {
    for (let ms = Date.parse('2020-01-01T00:17:00Z'); ms < Date.parse('2030-01-01T00:00:00Z'); ms += 7.3 * 60 * 60_000) {
      expect(isoDatum(ms)).toBe(iso.format(ms))
    }
  })

  it('write amounts as Intl does for nl-NL', () => {
    for (const euro of [0, 0.5, 9, 43, 588.74, 1234.5, 1339.99, 1_000_000, -12.3]) {
      expect(bedrag(euro)).toBe(geld.format(euro).replace(/\s/g, ' '))
    }
  })
})
