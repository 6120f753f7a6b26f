import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { onbekendeVelden, volgensContract } from './contract'

const app = v.object({ naam: v.string(), adres: v.optional(v.object({ straat: v.string() })), lijst: v.array(v.object({ a: v.number() })) })
const contract = v.object({ ...app.entries, spec: v.optional(v.string()) })

describe('the contract check', () => {
  it('accepts what the contract names, nested in objects, optionals and arrays', () => {
    const body = { naam: 'x', spec: 'y', adres: { straat: 'z' }, lijst: [{ a: 1 }] }
    expect(volgensContract(app, contract, body)).toEqual(body)
  })

  it('names every field that is not in the contract, however deep', () => {
    expect(onbekendeVelden(contract, { naam: 'x', extra: 1, adres: { straat: 'z', huisnummer: 3 }, lijst: [{ a: 1 }, { a: 2, b: 3 }] })).toEqual([
      'extra',
      'adres.huisnummer',
      'lijst[1].b',
    ])
    expect(() => volgensContract(app, contract, { naam: 'x', lijst: [], geheim: true })).toThrow(/geheim/)
  })

  it('fails when the app cannot read the answer', () => {
    expect(() => volgensContract(app, contract, { naam: 3, lijst: [] })).toThrow()
  })

  it('lets a loose object (problem+json) carry extras', () => {
    expect(onbekendeVelden(v.looseObject({ title: v.string() }), { title: 't', pogingenOver: 2 })).toEqual([])
  })
})
