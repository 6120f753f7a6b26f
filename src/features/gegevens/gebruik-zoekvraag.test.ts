import { describe, expect, it } from 'vitest'
import { gebruikVraagNaarUrl, gebruikVraagUitUrl, vanafDatum } from './gebruik-zoekvraag'

describe('the usage log in the URL', () => {
  it('reads organisation, period and page, and falls back to everything on page 1 for nonsense', () => {
    expect(gebruikVraagUitUrl({ organisatie: 'UWV', periode: 'jaar', pagina: '3' })).toEqual({ organisatie: 'UWV', periode: 'jaar', pagina: 3 })
    expect(gebruikVraagUitUrl({ periode: 'eeuw', pagina: '-2' })).toEqual({ organisatie: '', periode: 'alles', pagina: 1 })
  })

  it('writes only what differs from the default, so the round trip is stable', () => {
    expect(gebruikVraagNaarUrl({ organisatie: '', periode: 'alles', pagina: 1 })).toEqual({})
    const vraag = { organisatie: 'Belastingdienst', periode: 'maand' as const, pagina: 2 }
    expect(gebruikVraagUitUrl(gebruikVraagNaarUrl(vraag) as Record<string, string>)).toEqual(vraag)
  })
})

describe('vanafDatum', () => {
  it('counts back from the Dutch calendar day of the server clock', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(vanafDatum('jaar', new Date('2026-12-31T23:30:00Z'))).toBe('2026-01-01')
    expect(vanafDatum('halfjaar', new Date('2026-12-01T10:00:00Z'))).toBe('2026-06-01')
    expect(vanafDatum('alles', new Date())).toBeUndefined()
  })
})
