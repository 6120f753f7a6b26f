import { describe, expect, it } from 'vitest'
import { controleerZoektekst, standaardZoekvraag, zoekvraagNaarUrl, zoekvraagUitUrl } from './berichten-zoekvraag'

describe('de zoekvraag in de URL', () => {
  it('round-trips every choice, so a shared link shows the same list', () => {
    const vraag = { map: 'archief', zoek: 'aanslag', afzender: 'UWV', status: 'ongelezen', actieNodig: true, oudsteEerst: true, pagina: 2 } as const
    expect(zoekvraagUitUrl(zoekvraagNaarUrl(vraag) as Record<string, string>)).toEqual(vraag)
  })

  it('keeps the default out of the URL', () => {
    expect(zoekvraagNaarUrl(standaardZoekvraag)).toEqual({})
  })

  it('ignores nonsense in a hand-made URL instead of failing', () => {
    expect(zoekvraagUitUrl({ map: 'kelder', pagina: '-4', status: 'misschien', zoek: ['a', 'b'] })).toEqual(standaardZoekvraag)
  })
})

describe('controleerZoektekst', () => {
  it.each([
    ['', null],
    ['     ', null],
    ['a', 'te-kort'],
    [' aanslag ', null],
    ['x'.repeat(201), 'te-lang'],
  ])('%j → %s', (invoer, verwacht) => {
    expect(controleerZoektekst(invoer)).toBe(verwacht)
  })
})
