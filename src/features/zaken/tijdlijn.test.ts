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
})
