import { describe, expect, it } from 'vitest'
import { createClock } from './clock'
import { createIdempotencyStore, MAX_SLEUTELS, MAX_SLEUTELS_PER_PERSOON } from './idempotency'

const antwoord = { status: 201, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"id":1}') }

describe('Idempotency-Key store', () => {
  it('gives the first answer for a repeat with the same body, and refuses the key for another body', () => {
    const store = createIdempotencyStore(createClock())
    expect(store.herken('fatima', 'fatima|POST|/x|k1', 'body-a').soort).toBe('nieuw')
    expect(store.herken('fatima', 'fatima|POST|/x|k1', 'body-a').soort).toBe('nog-bezig')
    store.bewaar('fatima|POST|/x|k1', antwoord)
    expect(store.herken('fatima', 'fatima|POST|/x|k1', 'body-a')).toEqual({ soort: 'herhaling', antwoord })
    expect(store.herken('fatima', 'fatima|POST|/x|k1', 'body-b').soort).toBe('ander-verzoek')
    // Another scope (person, method or path) is another key.
    expect(store.herken('anna', 'anna|POST|/x|k1', 'body-b').soort).toBe('nieuw')
  })

  it('forgets a key whose answer was not worth keeping, so the retry really runs', () => {
    const store = createIdempotencyStore(createClock())
    store.herken('fatima', 's', 'a')
    store.vergeet('s')
    expect(store.herken('fatima', 's', 'a').soort).toBe('nieuw')
  })

  it('keeps keys for a day on the mock clock, and drops them on reset', () => {
    const clock = createClock()
    const store = createIdempotencyStore(clock)
    store.herken('fatima', 's', 'a')
    store.bewaar('s', antwoord)
    clock.set(new Date(Date.now() + 23 * 60 * 60_000))
    expect(store.herken('fatima', 's', 'a').soort).toBe('herhaling')
    clock.set(new Date(Date.now() + 25 * 60 * 60_000))
    expect(store.herken('fatima', 's', 'a').soort).toBe('nieuw')
    store.reset()
    expect(store.herken('fatima', 's', 'b').soort).toBe('nieuw')
  })
})

describe('Idempotency-Key store under a flood of keys', () => {
  /** `aantal` finished keys of one person. */
  function vul(store: ReturnType<typeof createIdempotencyStore>, persoon: string, aantal: number) {
    for (let i = 0; i < aantal; i++) {
      store.herken(persoon, `${persoon}|${i}`, 'x')
      store.bewaar(`${persoon}|${i}`, antwoord)
    }
  }

  it('never pushes out another person’s key: a flood costs only the flooder their own oldest keys', () => {
    const store = createIdempotencyStore(createClock())
    store.herken('fatima', 'fatima|k1', 'a')
    store.bewaar('fatima|k1', antwoord)
    vul(store, 'noor', MAX_SLEUTELS + 1)
    expect(store.herken('fatima', 'fatima|k1', 'a').soort).toBe('herhaling')
    // Noor's newest key is kept, her oldest is gone.
    expect(store.herken('noor', `noor|${MAX_SLEUTELS}`, 'x').soort).toBe('herhaling')
    expect(store.herken('noor', 'noor|0', 'x').soort).toBe('nieuw')
  })

  it('never drops a key in progress: with a full quota of those, a new key is refused instead', () => {
    const store = createIdempotencyStore(createClock())
    for (let i = 0; i < MAX_SLEUTELS_PER_PERSOON; i++) store.herken('noor', `noor|${i}`, 'x')
    expect(store.herken('noor', 'noor|nog-een', 'x').soort).toBe('vol')
    expect(store.herken('noor', 'noor|0', 'x').soort).toBe('nog-bezig')
    // Someone else is not affected.
    expect(store.herken('fatima', 'fatima|k1', 'a').soort).toBe('nieuw')
  })

  it('when full through many persons, takes room from the one with the most keys, not from a light user', () => {
    const store = createIdempotencyStore(createClock())
    store.herken('fatima', 'fatima|k1', 'a')
    store.bewaar('fatima|k1', antwoord)
    const personen = Math.ceil(MAX_SLEUTELS / MAX_SLEUTELS_PER_PERSOON) + 1
    for (let p = 0; p < personen; p++) vul(store, `p${p}`, MAX_SLEUTELS_PER_PERSOON)
    expect(store.herken('fatima', 'fatima|k1', 'a').soort).toBe('herhaling')
  })
})
