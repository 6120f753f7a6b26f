import { describe, expect, it } from 'vitest'
import { htmlNaarTekst, zoekbaar, zoektekst } from './html-tekst'

describe('text from a bericht’s HTML', () => {
  it('keeps paragraphs and list items, and drops tags, scripts and styles', () => {
    const html = '<p>Geachte heer,</p>\n<ul><li>één</li><li>twee &amp; drie</li></ul><script>alert(1)</script><style>p{}</style><p>Groet,<br>RDW&nbsp;&#8364;</p>'
    expect(htmlNaarTekst(html)).toBe('Geachte heer,\n\n• één\n• twee & drie\n\nGroet,\nRDW €')
  })

  it('makes search blind to case, accents and line breaks', () => {
    expect(zoekbaar('Betaal VÓÓR 1 maart\n2026')).toBe('betaal voor 1 maart 2026')
    expect(zoektekst('Aanslag', '<p>Uw <strong>WOZ</strong>-waarde</p><script>geheim()</script>')).not.toContain('geheim')
    expect(zoektekst('Aanslag', '<p>Tom &amp; Jerry</p>')).toContain('tom & jerry')
  })
})
