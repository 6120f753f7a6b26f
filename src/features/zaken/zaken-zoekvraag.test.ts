import { expect, it } from 'vitest'
import { zakenVraagNaarUrl, zakenVraagUitUrl } from './zaken-zoekvraag'

it('reads organisation, state and page from the URL, and ignores nonsense', () => {
  expect(zakenVraagUitUrl({ organisatie: 'UWV', status: 'open', pagina: '2' })).toEqual({ organisatie: 'UWV', status: 'open', pagina: 2 })
  expect(zakenVraagUitUrl({ status: 'weg', pagina: 'x' })).toEqual({ organisatie: '', status: '', pagina: 1 })
})

it('writes only what differs from the default, so a round trip is stable', () => {
  expect(zakenVraagNaarUrl({ organisatie: '', status: '', pagina: 1 })).toEqual({})
  const vraag = { organisatie: 'Gemeente Utrecht', status: 'gesloten' as const, pagina: 3 }
  expect(zakenVraagUitUrl(zakenVraagNaarUrl(vraag) as Record<string, string>)).toEqual(vraag)
})
