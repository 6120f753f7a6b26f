import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { aantallen, lijst, useBerichtenServer } from './test-server'

useBerichtenServer()

/** Figures, not assertions: a busy machine must not fail the suite (DESIGN.md §8). */
async function gemeten<T>(label: string, stap: () => Promise<T>): Promise<T> {
  const begin = performance.now()
  const uitkomst = await stap()
  console.log(`[berichtenbox] ${label}: ${(performance.now() - begin).toFixed(1)} ms`)
  return uitkomst
}

describe('Berichtenbox: Kees Bakker, 10,000 berichten', () => {
  it('has exactly 10,000 berichten and pages through them quickly', async () => {
    const eerste = await gemeten('Kees, eerste pagina (koud: mailbox wordt nu gevuld)', () => lijst('/berichten', 'kees'))
    expect(eerste.berichten).toHaveLength(20)
    expect(eerste._links.next?.href).toContain('pagina=1')
    await gemeten('Kees, eerste pagina (warm)', () => lijst('/berichten', 'kees'))
    const laatste = await gemeten('Kees, pagina 40 van 200 per pagina', () => lijst('/berichten?pagina=39&paginaGrootte=200', 'kees'))
    expect(laatste._links.next).toBeUndefined()

    const { perMap } = await aantallen('kees')
    expect(perMap.postvak + perMap.archief + perMap.prullenbak).toBe(10_000)
  })

  it('answers a search over all of them quickly', async () => {
    await lijst('/berichten', 'kees')
    const eerste = await gemeten('Kees, zoeken "aanslag", eerste pagina', () => lijst('/berichten/_zoeken?q=aanslag', 'kees'))
    expect(eerste.berichten).toHaveLength(20)
    // No hits: the search must read every bericht. The first time it also builds the search text.
    await gemeten('Kees, zoeken zonder treffers, koud (hele mailbox)', () => lijst('/berichten/_zoeken?q=paspoort', 'kees'))
    await gemeten('Kees, zoeken zonder treffers, warm (hele mailbox)', () => lijst('/berichten/_zoeken?q=kinderopvang', 'kees'))
    await gemeten('Kees, zoeken "verkeersboete" + ongelezen', () => lijst('/berichten/_zoeken?q=verkeersboete&status=ongelezen', 'kees'))
    const weinig = await gemeten('Kees, zoeken "diploma" (warm)', () => lijst('/berichten/_zoeken?q=diploma&paginaGrootte=200', 'kees'))
    expect(weinig.berichten.length).toBeGreaterThan(0)
    expect(weinig.berichten.every((bericht) => bericht.afzender === 'DUO')).toBe(true)
  })
})
