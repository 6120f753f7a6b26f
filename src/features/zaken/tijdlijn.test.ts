import { describe, expect, it } from 'vitest'
import { lijst, useZakenServer, zaakVan } from '../../../mocks/handlers/zaken/test-server'
import { tijdlijn } from './tijdlijn'

useZakenServer()

describe('tijdlijn', () => {
  it('marks the steps reached as done with their date, the newest as current, the rest as to come', async () => {
    const stappen = tijdlijn(await zaakVan('Parkeervergunning'))
    expect(stappen.map((stap) => stap.stand)).toEqual(['klaar', 'nu', ...Array(stappen.length - 2).fill('straks')])
    expect(stappen[0]?.datum).toBeDefined()
    expect(stappen[2]?.datum).toBeUndefined()
    expect(stappen.map((stap) => stap.volgnummer)).toEqual([...stappen.map((stap) => stap.volgnummer)].sort((a, b) => a - b))
  })

  it('has no current step once the zaak is closed: its end status is done', async () => {
    const [eerste] = (await lijst('?status=gesloten')).results
    if (!eerste) return expect.fail('Fatima has closed zaken in the seed')
    const stappen = tijdlijn(await zaakVan(eerste.omschrijving))
    expect(stappen.some((stap) => stap.stand === 'nu')).toBe(false)
    expect(stappen.at(-1)?.stand).toBe('klaar')
  })

  it('is back at an earlier step when the zaak was reopened (a newer status of that statustype)', async () => {
    const [eerste] = (await lijst('?status=gesloten')).results
    if (!eerste) return expect.fail('Fatima has closed zaken in the seed')
    const zaak = await zaakVan(eerste.omschrijving)
    const typen = [...zaak._expand.zaaktype.statustypen].sort((a, b) => a.volgnummer - b.volgnummer)
    const laatste = zaak.statussen.reduce((max, status) => Math.max(max, Date.parse(status.datumStatusGezet)), 0)
    const [tweede, status] = [typen[1], zaak.statussen[0]]
    if (!tweede || !status) return expect.fail('a closed zaak has statussen, its zaaktype at least two statustypen')
    const heropend = { ...zaak, statussen: [...zaak.statussen, { ...status, statustype: tweede.url, datumStatusGezet: new Date(laatste + 60_000).toISOString() }] }
    const stappen = tijdlijn(heropend)
    expect(stappen.map((stap) => stap.stand)).toEqual(['klaar', 'nu', ...Array(stappen.length - 2).fill('straks')])
    expect(stappen.at(-1)?.datum).toBeUndefined()
  })
})
