import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { leesToestemming, leesToestemmingen } from './contract'
import { api, BSN, isNu, logVan, probleem, useGegevensServer, verzetKlok, type Token } from './test-server'

useGegevensServer()

async function toestemmingen(token: Token = 'fatima') {
  return leesToestemmingen(await (await api('/toestemmingen', { token })).json()).toestemmingen
}

const trekIn = (id: string, { token = 'fatima' as Token, body = { status: 'ingetrokken' } as unknown, contentType = 'application/json' } = {}) =>
  api(`/toestemmingen/${id}`, { method: 'PATCH', token, body, contentType })

async function vind(soort: string) {
  const toestemming = (await toestemmingen()).find((kandidaat) => kandidaat.ontvanger.soort === soort)
  if (!toestemming) throw new Error(`geen toestemming voor een ${soort}`)
  return toestemming
}

describe('Toestemmingen (mock)', () => {
  it('lists the three of Fatima: a bank, a mortgage adviser (ended) and a housing corporation', async () => {
    const lijst = await toestemmingen()
    expect(lijst.map((toestemming) => [toestemming.ontvanger.soort, toestemming.status])).toEqual([
      ['Bank', 'actief'],
      ['Hypotheekadviseur', 'verlopen'],
      ['Woningcorporatie', 'actief'],
    ])
    expect(lijst.every((toestemming) => toestemming.laatstGedeeldOp !== undefined && toestemming.gegevens.length > 0)).toBe(true)
    expect(await toestemmingen('noor')).toEqual([])
  })

  it('derives "verlopen" from tot and the mock clock', async () => {
    const bank = await vind('Bank')
    backend.clock.set(new Date(`${bank.tot}T12:00:00Z`))
    expect((await vind('Bank')).status).toBe('actief')
    verzetKlok(1)
    expect((await vind('Bank')).status).toBe('verlopen')
  })

  it('withdraws at once, logs the change, and answers the same when asked again', async () => {
    const bank = await vind('Bank')
    const response = await trekIn(bank.id)
    expect(response.status).toBe(200)
    const ingetrokken = leesToestemming(await response.json())
    expect(ingetrokken).toMatchObject({ id: bank.id, status: 'ingetrokken' })
    expect(isNu(ingetrokken.ingetrokkenOp)).toBe(true)
    expect(logVan(BSN.fatima)[0]).toMatchObject({ organisatie: 'Mijn Overheid (Logius)', gegevens: bank.gegevens, doel: expect.stringContaining('Kroonspaar Bank') })

    verzetKlok(1)
    const nogmaals = await trekIn(bank.id, { contentType: 'application/merge-patch+json' })
    expect(nogmaals.status).toBe(200)
    expect(leesToestemming(await nogmaals.json())).toEqual(ingetrokken)
    expect((await vind('Bank')).status).toBe('ingetrokken')
  })

  it('shares nothing after the withdrawal, however far the clock moves', async () => {
    const corporatie = await vind('Woningcorporatie')
    const gedeeld = () => logVan(BSN.fatima).filter((regel) => regel.toestemmingId === corporatie.id)
    const voor = gedeeld().length
    expect(voor).toBeGreaterThan(10)
    const ingetrokkenOp = leesToestemming(await (await trekIn(corporatie.id)).json()).ingetrokkenOp ?? ''
    verzetKlok(90)
    expect(gedeeld()).toHaveLength(voor)
    expect(gedeeld().every((regel) => regel.tijdstip <= ingetrokkenOp)).toBe(true)
    expect((await vind('Woningcorporatie')).laatstGedeeldOp).toBe(gedeeld()[0]?.tijdstip)

    // The bank, still active, shared again meanwhile: the clock does move the shares.
    const bank = await vind('Bank')
    expect(logVan(BSN.fatima).filter((regel) => regel.toestemmingId === bank.id).length).toBeGreaterThan(4)
  })

  it('refuses to withdraw an ended one with 409, and does not know an unknown one or someone else’s (404)', async () => {
    const adviseur = await vind('Hypotheekadviseur')
    const verlopen = await trekIn(adviseur.id)
    expect(verlopen.status).toBe(409)
    expect((await probleem(verlopen)).detail).toContain('al afgelopen')
    expect((await trekIn('bestaat-niet')).status).toBe(404)
    expect((await trekIn(adviseur.id, { token: 'noor' })).status).toBe(404)
  })

  it('takes nothing but { "status": "ingetrokken" }', async () => {
    const bank = await vind('Bank')
    for (const body of [{ status: 'actief' }, {}, { status: 'ingetrokken', tot: '2099-01-01' }, ['ingetrokken'], 'ingetrokken']) {
      const response = await trekIn(bank.id, { body })
      expect(response.status, JSON.stringify(body)).toBe(400)
      await probleem(response)
    }
    expect((await vind('Bank')).status).toBe('actief')
  })
})
