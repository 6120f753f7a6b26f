import { describe, expect, it } from 'vitest'
import { createBackend } from './backend'

describe('the mock backend', () => {
  it('resets every shared store and every domain store with one call', () => {
    const backend = createBackend()
    backend.clock.set(new Date('2030-01-01T12:00:00Z'))
    backend.faults.add({ path: '/api/berichten' })
    backend.requests.record({ method: 'GET', path: '/api/x', query: '', headers: {}, body: null, idempotencyKey: null, receivedAt: '' })
    backend.mail.stuur({ aan: 'a@example.nl', onderwerp: 'o', tekst: 't' })
    backend.idempotency.herken('999990019', 'scope', 'vingerafdruk')
    backend.berichtenbox.instellingen.vraagCode('999990019', 'a@example.nl')

    backend.reset()
    expect(Math.abs(backend.clock.now().getTime() - Date.now())).toBeLessThan(1000)
    expect(backend.faults.take('GET', '/api/berichten')).toBeUndefined()
    expect(backend.requests.list()).toEqual([])
    expect(backend.mail.lijst()).toEqual([])
    expect(backend.idempotency.herken('999990019', 'scope', 'vingerafdruk').soort).toBe('nieuw')
    expect(backend.berichtenbox.instellingen.laatsteCode('999990019')).toBeUndefined()
  })

  it('lists the mail it sent newest first, per address whatever its case', () => {
    const backend = createBackend()
    backend.mail.stuur({ aan: 'Een@Example.nl', onderwerp: 'eerste', tekst: '' })
    backend.mail.stuur({ aan: 'twee@example.nl', onderwerp: 'tweede', tekst: '' })
    backend.mail.stuur({ aan: 'een@example.nl', onderwerp: 'derde', tekst: '' })
    expect(backend.mail.lijst().map((mail) => mail.onderwerp)).toEqual(['derde', 'tweede', 'eerste'])
    expect(backend.mail.lijst(' EEN@example.nl ').map((mail) => mail.onderwerp)).toEqual(['derde', 'eerste'])
  })
})
