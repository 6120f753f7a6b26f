import { describe, expect, it } from 'vitest'
import { api, bericht, lijst, patch, probleem, useBerichtenServer } from './test-server'

useBerichtenServer()

describe('Berichtenbox: zoeken', () => {
  it('finds "aanslag" in subjects and in the body text', async () => {
    const { berichten } = await lijst('/berichten/_zoeken?q=aanslag&paginaGrootte=200')
    const inOnderwerp = berichten.filter((gevonden) => gevonden.onderwerp.toLowerCase().includes('aanslag'))
    const alleenInTekst = berichten.filter((gevonden) => !gevonden.onderwerp.toLowerCase().includes('aanslag'))
    expect(inOnderwerp.length).toBeGreaterThanOrEqual(3)
    expect(alleenInTekst.length).toBeGreaterThanOrEqual(1)
    for (const gevonden of alleenInTekst) expect((await bericht(gevonden.berichtId)).inhoud.toLowerCase()).toContain('aanslag')
  })

  it('ignores case, accents and the spaces around the term', async () => {
    const gewoon = await lijst('/berichten/_zoeken?q=aanslag&paginaGrootte=200')
    const anders = await lijst(`/berichten/_zoeken?q=${encodeURIComponent('  AANSLÁG ')}&paginaGrootte=200`)
    expect(anders.berichten).toEqual(gewoon.berichten)
    expect((await lijst(`/berichten/_zoeken?q=${encodeURIComponent('voor')}`)).berichten.length).toBeGreaterThan(0)
  })

  it('searches the text people read, not the HTML around it', async () => {
    // The letters do hold <strong> and links: a search for the markup has something to find, and must not.
    const postvak = (await lijst('/berichten?paginaGrootte=200')).berichten
    const html = await Promise.all(postvak.map(async (gevonden) => (await bericht(gevonden.berichtId)).inhoud))
    expect(html.some((inhoud) => inhoud.includes('<strong'))).toBe(true)
    expect(html.some((inhoud) => inhoud.includes('href='))).toBe(true)
    expect((await lijst('/berichten/_zoeken?q=strong')).berichten).toEqual([])
    expect((await lijst('/berichten/_zoeken?q=href')).berichten).toEqual([])
    // "groet,<br>Belastingdienst": a line break reads as a space, and so do runs of spaces in the term.
    const overRegels = await lijst(`/berichten/_zoeken?q=${encodeURIComponent('groet, belastingdienst')}`)
    expect(overRegels.berichten.length).toBeGreaterThan(0)
    expect((await lijst(`/berichten/_zoeken?q=${encodeURIComponent('groet,   belastingdienst')}`)).berichten).toEqual(overRegels.berichten)
  })

  it('looks in Postvak IN and Archief but not in the trash; GET /berichten?q= stays in its folder', async () => {
    const { berichten } = await lijst('/berichten/_zoeken?q=aanslag&paginaGrootte=200')
    expect(new Set(berichten.map((gevonden) => gevonden.map))).toEqual(new Set(['postvak', 'archief']))
    const eerste = berichten[0]
    if (!eerste) throw new Error('geen resultaat')
    await patch(eerste.berichtId, { map: 'prullenbak' })
    const daarna = await lijst('/berichten/_zoeken?q=aanslag&paginaGrootte=200')
    expect(daarna.berichten.map((gevonden) => gevonden.berichtId)).not.toContain(eerste.berichtId)
    const inPrullenbak = await lijst('/berichten?map=prullenbak&q=aanslag')
    expect(inPrullenbak.berichten.map((gevonden) => gevonden.berichtId)).toEqual([eerste.berichtId])
  })

  it('combines search with a filter on afzender', async () => {
    const { berichten } = await lijst('/berichten?q=aanslag&afzender=Gemeente%20Utrecht')
    expect(berichten.length).toBeGreaterThan(0)
    expect(berichten.every((gevonden) => gevonden.afzender === 'Gemeente Utrecht')).toBe(true)
  })

  it('refuses a term of only spaces, of one character or of more than 200', async () => {
    for (const q of ['', '     ', ' a ', 'x'.repeat(201), 'x'.repeat(500)]) {
      for (const pad of [`/berichten/_zoeken?q=${encodeURIComponent(q)}`, `/berichten?q=${encodeURIComponent(q)}`]) {
        const response = await api(pad)
        expect(response.status, pad).toBe(400)
        const problem = await probleem(response)
        expect(problem.invalidParams?.[0]?.name).toBe('q')
        expect(problem.invalidParams?.[0]?.reason).toMatch(/Zoek op/)
      }
    }
    expect((await api('/berichten/_zoeken')).status).toBe(400)
    expect((await api(`/berichten/_zoeken?q=${'x'.repeat(200)}`)).status).toBe(200)
  })
})
