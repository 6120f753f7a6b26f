import { describe, expect, it } from 'vitest'
import { createClock } from './clock'
import { createIdempotencyStore } from './idempotency'

const antwoord = { status: 201, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"id":1}') }

describe('Idempotency-Key store', () => {
  it('gives the first answer for a repeat with the same body, and refuses the key for another body', () => {
    const store = createIdempotencyStore(createClock())
    expect(store.herken('fatima|POST|/x|k1', 'body-a').soort).toBe('nieuw')
    expect(store.herken('fatima|POST|/x|k1', 'body-a').soort).toBe('nog-bezig')
    store.bewaar('fatima|POST|/x|k1', antwoord)
    expect(store.herken('fatima|POST|/x|k1', 'body-a')).toEqual({ soort: 'herhaling', antwoord })
    expect(store.herken('fatima|POST|/x|k1', 'body-b').soort).toBe('ander-verzoek')
    // Another scope (person, method or path) is another key.
    expect(store.herken('anna|POST|/x|k1', 'body-b').soort).toBe('nieuw')
  })

  it('forgets a key whose answer was not worth keeping, so the retry really runs', () => {
    const store = createIdempotencyStore(createClock())
    store.herken('s', 'a')
    store.vergeet('s')
    expect(store.herken('s', 'a').soort).toBe('nieuw')
  })

  it('keeps keys for a day on the mock clock, and drops them on reset', () => {
    const clock = createClock()
    const store = createIdempotencyStore(clock)
    store.herken('s', 'a')
    store.bewaar('s', antwoord)
    clock.set(new Date(Date.now() + 23 * 60 * 60_000))
    expect(store.herken('s', 'a').soort).toBe('herhaling')
    clock.set(new Date(Date.now() + 25 * 60 * 60_000))
    expect(store.herken('s', 'a').soort).toBe('nieuw')
    store.reset()
    expect(store.herken('s', 'b').soort).toBe('nieuw')
  })
})
