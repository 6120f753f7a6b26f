// @vitest-environment node
import { expect, it } from 'vitest'
import { buildUrl } from './url'

it('joins base and path with exactly one slash', () => {
  expect(buildUrl('/api/', '/berichten')).toBe('/api/berichten')
  expect(buildUrl('/api', 'berichten')).toBe('/api/berichten')
})

it('encodes the query, repeats arrays and leaves out undefined', () => {
  expect(buildUrl('/api', '/zaken', { zoek: 'a&b c', pagina: 1, open: true, leeg: undefined, status: ['x', 'y'] })).toBe(
    '/api/zaken?zoek=a%26b+c&pagina=1&open=true&status=x&status=y',
  )
  expect(buildUrl('/api', '/zaken?sort=datum', { pagina: 2 })).toBe('/api/zaken?sort=datum&pagina=2')
})

it('refuses full URLs, so the bearer token cannot go to another host', () => {
  expect(() => buildUrl('/api', 'https://example.com/steal')).toThrow(TypeError)
  expect(() => buildUrl('/api', '//example.com/steal')).toThrow(TypeError)
})
