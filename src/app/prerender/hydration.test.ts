import { describe, expect, it } from 'vitest'
import { mayHydrate, readPrerendered, type Visit } from './hydration'

const visitor: Visit = { path: '/inloggen', search: '', locale: 'nl', online: true, loggedIn: () => false }
const page = { soort: 'pagina' as const, path: '/inloggen', locale: 'nl' as const }

describe('taking over a prerendered page', () => {
  it('happens for a visitor who would see exactly that page', () => {
    expect(mayHydrate(page, visitor)).toBe(true)
  })

  it('does not happen when the visit would draw something else', () => {
    expect(mayHydrate(page, { ...visitor, locale: 'en' })).toBe(false)
    expect(mayHydrate(page, { ...visitor, search: '?reden=sessie-verlopen' })).toBe(false)
    expect(mayHydrate(page, { ...visitor, path: '/privacy' })).toBe(false)
    expect(mayHydrate(page, { ...visitor, online: false })).toBe(false)
    expect(mayHydrate(page, { ...visitor, loggedIn: () => true })).toBe(false)
  })

  it('never happens for the frame of the private pages, or for a page the build did not prerender', () => {
    expect(mayHydrate({ ...page, soort: 'kader', path: '/' }, { ...visitor, path: '/' })).toBe(false)
    expect(mayHydrate(null, visitor)).toBe(false)
  })

  it('reads what the build wrote on #app, and nothing from a page without it', () => {
    const root = document.createElement('div')
    expect(readPrerendered(root)).toBeNull()
    Object.assign(root.dataset, { prerendered: 'pagina', pad: '/privacy', taal: 'en' })
    expect(readPrerendered(root)).toEqual({ soort: 'pagina', path: '/privacy', locale: 'en' })
    root.dataset.taal = 'fr'
    expect(readPrerendered(root)).toBeNull()
  })
})
