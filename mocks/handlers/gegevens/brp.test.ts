import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { naamResponse } from '../../../src/features/auth/person.api'
import { BRP_VELDEN_EIGEN } from '../../../src/features/gegevens/gegevens.api'
import { problemSchema } from '../../../src/shared/http/problem'
import { backend } from '../../state/backend'
import { volgensContract } from '../contract'
import { dpopHeaders } from '../test-dpop'
import { leesPersonen } from './contract'
import { BSN, personen, probleem, useGegevensServer } from './test-server'

useGegevensServer()

const query = (fields: string[], bsn = BSN.fatima) => ({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields })
const PERSONEN = 'http://localhost/api/brp/personen'
const vraag = async (body: unknown) =>
  fetch(PERSONEN, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(await dpopHeaders('POST', PERSONEN, 'fatima')) }, body: JSON.stringify(body) })

/** Every path with a value in `waarde`, arrays left out of the path: "partners.naam.voornamen". */
function paden(waarde: unknown, pad = ''): string[] {
  if (Array.isArray(waarde)) return waarde.flatMap((item) => paden(item, pad))
  if (typeof waarde !== 'object' || waarde === null) return [pad]
  return Object.entries(waarde).flatMap(([naam, deel]) => paden(deel, pad ? `${pad}.${naam}` : naam))
}

describe('BRP Personen (mock)', () => {
  it('returns only the requested fields of the logged-in person', async () => {
    const response = await personen(BSN.fatima, ['naam.volledigeNaam'])
    expect(response.status).toBe(200)
    // Read as the app reads it (person.api.ts), with nothing more than the fields asked for.
    expect(volgensContract(naamResponse, naamResponse, await response.json())).toEqual({
      type: 'RaadpleegMetBurgerservicenummer',
      personen: [{ naam: { volledigeNaam: 'Fatima El Amrani' } }],
    })
  })

  it('gives the Gegevens page exactly the fields it asks, through lists too, with the type of a polymorphic value', async () => {
    const [fatima] = leesPersonen(await (await personen(BSN.fatima, BRP_VELDEN_EIGEN)).json()).personen
    const gevraagd = (pad: string) => BRP_VELDEN_EIGEN.some((veld) => pad === veld || pad.startsWith(`${veld}.`))
    // A polymorphic object (verblijfplaats, nationaliteit, gezag) says its type, as in the real API.
    const typeVanGevraagd = (pad: string) => pad.endsWith('.type') && BRP_VELDEN_EIGEN.some((veld) => veld.startsWith(pad.slice(0, -'type'.length)))
    expect(paden(fatima).filter((pad) => !gevraagd(pad) && !typeVanGevraagd(pad))).toEqual([])

    expect(fatima?.partners?.map((partner) => Object.keys(partner).sort())).toEqual([['aangaanHuwelijkPartnerschap', 'geboorte', 'naam', 'soortVerbintenis']])
    expect(fatima?.verblijfplaats?.type).toBe('Adres')
    expect(fatima?.nationaliteiten?.map((nationaliteit) => nationaliteit.nationaliteit?.omschrijving)).toEqual(['Nederlandse', 'Marokkaanse'])
    expect(fatima?.gezag).toEqual([{ type: 'GezamenlijkOuderlijkGezag', minderjarige: { burgerservicenummer: BSN.yusuf } }])
    expect(fatima?.kinderen?.map((kind) => kind.naam?.geslachtsnaam)).toEqual(['El Amrani', 'El Amarni'])
  })

  it('takes one part of every item of a list', async () => {
    const [fatima] = leesPersonen(await (await personen(BSN.fatima, ['kinderen.burgerservicenummer', 'partners.naam.voornamen'])).json()).personen
    expect(fatima).toEqual({ kinderen: [{ burgerservicenummer: BSN.sara }, { burgerservicenummer: BSN.yusuf }], partners: [{ naam: { voornamen: 'Youssef' } }] })
  })

  it("shows partial dates as the BRP registers them: Fatima's parents were born in Morocco", async () => {
    const [fatima] = leesPersonen(await (await personen(BSN.fatima, ['ouders.naam', 'ouders.geboorte'])).json()).personen
    expect(fatima?.ouders?.map((ouder) => ouder.geboorte?.datum)).toEqual([
      { type: 'JaarDatum', jaar: 1958, langFormaat: '1958' },
      { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' },
    ])
    expect(fatima?.ouders?.[0]?.geboorte?.land?.omschrijving).toBe('Marokko')
  })

  it('refuses without a valid token, as problem+json', async () => {
    // With a proper proof: refused for the token, not for how it was sent.
    const response = await fetch(PERSONEN, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await dpopHeaders('POST', PERSONEN, 'verlopen')) },
      body: JSON.stringify(query(['naam'])),
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })

  it('refuses someone else’s data', async () => {
    const response = await personen(BSN.anna, ['naam'])
    expect(response.status).toBe(403)
    expect((await probleem(response)).detail).toMatch(/eigen gegevens/)
  })

  it('rejects an unknown field like the real API, also one that goes into a date or a list', async () => {
    for (const veld of ['schoenmaat', 'geboorte.datum.jaar', 'partners.schoenmaat', 'naam.voornamen.eerste']) {
      const response = await vraag(query([veld]))
      expect(response.status, veld).toBe(400)
      expect((await probleem(response)).invalidParams?.[0]?.name, veld).toBe('fields')
    }
  })

  it('accepts a known field that this person has no value for, and leaves it out', async () => {
    const [fatima] = leesPersonen(await (await personen(BSN.fatima, ['naam.voorvoegsel', 'burgerservicenummer'])).json()).personen
    expect(fatima).toEqual({ burgerservicenummer: BSN.fatima })
  })

  it('refuses __proto__, constructor and other names that are not BRP fields, without touching any object', async () => {
    for (const veld of ['__proto__', 'constructor', 'naam.__proto__', 'naam.constructor', 'toString', 'naam..voornamen', 'hasOwnProperty']) {
      const response = await vraag(query([veld]))
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
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: BSN.fatima, fields: ['naam'] }, 'burgerservicenummer'],
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [BSN.fatima], fields: 'naam' }, 'fields'],
      [{ type: 'ZoekMetGeslachtsnaam', burgerservicenummer: [BSN.fatima], fields: ['naam'] }, 'type'],
    ] as const) {
      const response = await vraag(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(v.parse(problemSchema, await response.json()).invalidParams?.map((param) => param.name)).toContain(naam)
    }
  })

  it('follows the mock clock for the age', async () => {
    backend.clock.set(new Date('2030-04-13T12:00:00Z'))
    const response = await personen(BSN.fatima, ['leeftijd'])
    expect((await response.json()).personen[0].leeftijd).toBe(44)
  })

  it('answers an empty list for a BSN the BRP does not know', async () => {
    const response = await personen('999991000', ['naam'], 'vreemde')
    expect(leesPersonen(await response.json()).personen).toEqual([])
  })

  it('keeps the registry mutable for a correction, and reset brings the wrong value back', async () => {
    const naamVanYusuf = async () => leesPersonen(await (await personen(BSN.fatima, ['kinderen.naam.geslachtsnaam'])).json()).personen[0]?.kinderen?.[1]?.naam?.geslachtsnaam
    expect(await naamVanYusuf()).toBe('El Amarni')
    expect(backend.gegevens.brp.wijzig(BSN.yusuf, 'naam.geslachtsnaam', 'El Amrani')).toBe('El Amarni')
    // The child's own record is the one corrected; the parent's record shows it too.
    expect(await naamVanYusuf()).toBe('El Amrani')
    backend.reset()
    expect(await naamVanYusuf()).toBe('El Amarni')
  })
})
