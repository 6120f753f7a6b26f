import { expect, it } from 'vitest'
import { exportBestandsnaam, maakExport } from './gegevens-export'
import type { GegevensSectie } from './use-gegevens-secties'

const bron = { organisatie: 'RDW', telefoon: '0900 0739', website: 'https://www.rdw.nl', bijgewerktOp: '2026-11-03T09:00:00.000Z' }
const sectie = (overrides: Partial<GegevensSectie>): GegevensSectie => ({
  id: 'voertuigen',
  titel: 'Voertuigen (RDW)',
  bron,
  blokken: [{ id: 'v', titel: 'GZ-123-X', regels: [{ gegeven: 'kenteken', label: 'Kenteken', waarde: 'GZ-123-X', bron: 'rdw' }] }],
  contact: null,
  geladen: true,
  loading: false,
  error: null,
  busy: undefined,
  reload: async () => {},
  ...overrides,
})

it('writes every value with its source and that source’s date, and names what was not loaded', () => {
  const inhoud = maakExport([sectie({}), sectie({ id: 'diplomas', titel: 'Diploma’s (DUO)', geladen: false, bron: null, blokken: [] })], new Date('2026-12-01T10:00:00Z'))
  expect(inhoud.onderdelen).toHaveLength(1)
  expect(inhoud.onderdelen[0]?.blokken[0]?.waarden[0]).toEqual({ gegeven: 'Kenteken', waarde: 'GZ-123-X', bron: 'RDW', datum: '2026-11-03T09:00:00.000Z' })
  expect(inhoud.ontbreekt).toEqual(['Diploma’s (DUO)'])
  expect(JSON.parse(JSON.stringify(inhoud))).toEqual(inhoud)
})

it('names the file after the Dutch day, with nothing personal in it', () => {
  expect(exportBestandsnaam(new Date('2026-12-31T23:30:00Z'))).toBe('mijn-gegevens-2027-01-01.json')
})
