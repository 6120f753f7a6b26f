import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { naamResponse } from '../../src/features/auth/person.api'
import { problemSchema } from '../../src/shared/http/problem'
import { backend } from '../state/backend'
import { volgensContract } from './contract'
import { handlers } from './index'

const server = setupServer(...handlers)
const tokens: Record<string, { bsn: string; acr: string }> = {
  'token-fatima': { bsn: '999990019', acr: 'http://eidas.europa.eu/LoA/low' },
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  backend.useTokenResolver(async (token) => tokens[token] ?? null)
})
afterEach(() => backend.reset())
afterAll(() => server.close())

function personen(body: unknown, token = 'token-fatima') {
  return fetch('http://localhost/api/brp/personen', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
}

const query = (fields: string[], bsn = '999990019') => ({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields })

describe('BRP Personen (mock)', () => {
  it('returns only the requested fields of the logged-in person', async () => {
    const response = await personen(query(['naam.volledigeNaam']))
    expect(response.status).toBe(200)
    // Read as the app reads it (person.api.ts), with nothing more than the fields asked for.
    expect(volgensContract(naamResponse, naamResponse, await response.json())).toEqual({
      type: 'RaadpleegMetBurgerservicenummer',
      personen: [{ naam: { volledigeNaam: 'Fatima El Amrani' } }],
    })
  })

  it('refuses without a valid token, as problem+json', async () => {
    const response = await personen(query(['naam']), 'verlopen')
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })

  it('refuses someone else’s data', async () => {
    expect((await personen(query(['naam'], '999990032'))).status).toBe(403)
  })

  it('rejects an unknown field like the real API', async () => {
    const response = await personen(query(['schoenmaat']))
    expect(response.status).toBe(400)
    expect((await response.json()).invalidParams[0].name).toBe('fields')
  })

  it('refuses __proto__, constructor and other names that are not BRP fields, without touching any object', async () => {
    for (const veld of ['__proto__', 'constructor', 'naam.__proto__', 'naam.constructor', 'toString', 'naam..voornamen']) {
      const response = await personen(query([veld]))
      expect(response.status, veld).toBe(400)
      const problem = v.parse(problemSchema, await response.json())
      expect(problem.invalidParams?.[0]?.name, veld).toMatch(/^fields/)
    }
    expect(Object.prototype).not.toHaveProperty('naam')
  })

  it('refuses a body of the wrong shape with the names of the wrong parts', async () => {
    for (const [body, naam] of [
      [[], 'type'],
      ['RaadpleegMetBurgerservicenummer', 'body'],
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: '999990019', fields: ['naam'] }, 'burgerservicenummer'],
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990019'], fields: 'naam' }, 'fields'],
      [{ type: 'ZoekMetGeslachtsnaam', burgerservicenummer: ['999990019'], fields: ['naam'] }, 'type'],
    ] as const) {
      const response = await personen(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(v.parse(problemSchema, await response.json()).invalidParams?.map((param) => param.name)).toContain(naam)
    }
  })

  it('follows the mock clock for the age', async () => {
    backend.clock.set(new Date('2030-04-13T12:00:00Z'))
    const response = await personen(query(['leeftijd']))
    expect((await response.json()).personen[0].leeftijd).toBe(44)
  })
})
