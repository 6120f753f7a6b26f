import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../backend'
import { DAG_MS, isoDatum } from '../dates'
import { htmlNaarTekst } from './html-tekst'
import type { Zoekvraag } from './zoekvraag'

const alles: Zoekvraag = { mappen: ['postvak', 'archief', 'prullenbak'], oplopend: false, pagina: 0, paginaGrootte: 20_000 }

function mailboxOp(datum: string, bsn: string) {
  const { clock, berichtenbox } = createBackend()
  clock.set(new Date(datum))
  berichtenbox.reset()
  return berichtenbox.berichten.lijst(bsn, alles, 'alle').berichten
}

describe('Berichtenbox seed (DESIGN.md §5)', () => {
  it('gives Fatima about 40 letters from seven organisations, with everything the inbox must show', () => {
    const nu = Date.parse('2026-02-10T10:00:00Z')
    const fatima = mailboxOp('2026-02-10T10:00:00Z', '999990019')
    const binnen30Dagen = isoDatum(nu + 30 * DAG_MS)
    expect(fatima).toHaveLength(40)
    expect(new Set(fatima.map((bericht) => bericht.afzender))).toEqual(
      new Set(['Belastingdienst', 'Gemeente Utrecht', 'UWV', 'SVB', 'DUO', 'RDW', 'CJIB']),
    )
    expect(fatima.filter((bericht) => bericht.status === 'ongelezen').length).toBe(7)
    expect(fatima.filter((bericht) => bericht.bijlagen.length > 0).length).toBe(18)
    expect(fatima.filter((bericht) => bericht.actie && bericht.actie.deadline >= isoDatum(nu)).length).toBeGreaterThanOrEqual(5)
    expect(fatima.filter((bericht) => bericht.bewaartermijn <= binnen30Dagen).length).toBe(4)
    expect(new Set(fatima.map((bericht) => bericht.type)).size).toBe(5)
    expect(fatima.filter((bericht) => bericht.map === 'archief').length).toBe(7)
    const prullenbak = fatima.filter((bericht) => bericht.map === 'prullenbak')
    expect(prullenbak).toHaveLength(2)
    expect(prullenbak.every((bericht) => bericht.verplaatstNaarPrullenbakOp)).toBe(true)
    expect(fatima.some((bericht) => /aanslag/i.test(bericht.onderwerp))).toBe(true)
    expect(fatima.some((bericht) => !/aanslag/i.test(bericht.onderwerp) && /aanslag/i.test(htmlNaarTekst(bericht.inhoud)))).toBe(true)
  })

  it('writes the letters for the person, in Dutch, dated by the mock clock', () => {
    const [nieuwste] = mailboxOp('2026-02-10T10:00:00Z', '999990019')
    expect(nieuwste?.inhoud).toContain('Geachte mevrouw El Amrani')
    expect(isoDatum(nieuwste?.publicatietijdstip ?? 0)).toBe('2026-02-10')
    const [later] = mailboxOp('2031-07-01T10:00:00Z', '999990019')
    expect(isoDatum(later?.publicatietijdstip ?? 0)).toBe('2031-07-01')
  })

  it('is the same after every reset: same ids, same amounts', () => {
    const een = mailboxOp('2026-02-10T10:00:00Z', '999990032')
    const twee = mailboxOp('2026-02-10T10:00:00Z', '999990032')
    expect(twee).toEqual(een)
    expect(een.map((bericht) => bericht.afzender)).toEqual(expect.arrayContaining(['SVB', 'Belastingdienst', 'Gemeente Amersfoort']))
  })

  it('gives Kees exactly 10,000, Noor none, and Ruud’s clients a few each', () => {
    expect(mailboxOp('2026-02-10T10:00:00Z', '999990044')).toHaveLength(10_000)
    expect(mailboxOp('2026-02-10T10:00:00Z', '999990056')).toEqual([])
    for (const client of ['999990081', '999990093', '999990111']) {
      expect(mailboxOp('2026-02-10T10:00:00Z', client).length).toBeGreaterThanOrEqual(3)
    }
  })

  it('starts and resets fast: mailboxes fill on first use', () => {
    let begin = performance.now()
    const backend = createBackend()
    const opstarten = performance.now() - begin
    backend.berichtenbox.berichten.lijst('999990044', { ...alles, paginaGrootte: 20 }, 'alle')
    begin = performance.now()
    backend.reset()
    const reset = performance.now() - begin
    begin = performance.now()
    backend.berichtenbox.berichten.lijst('999990044', { ...alles, paginaGrootte: 20 }, 'alle')
    const keesVullen = performance.now() - begin
    console.log(`[berichtenbox] opstarten ${opstarten.toFixed(2)} ms, reset ${reset.toFixed(2)} ms, Kees vullen (eerste vraag) ${keesVullen.toFixed(1)} ms`)
  })
})
