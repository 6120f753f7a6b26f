import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { isoDatum } from '../../state/dates'
import { leesHistorie } from './contract'
import { api, BSN, historie, probleem, useGegevensServer } from './test-server'

useGegevensServer()

describe('BRP Verblijfplaatshistorie (mock)', () => {
  it("gives Kees's thirteen addresses newest first, each ending where the next begins, the oldest with only a year", async () => {
    const { verblijfplaatsen } = leesHistorie(await (await historie(BSN.kees, 'kees')).json())
    expect(verblijfplaatsen.length).toBeGreaterThanOrEqual(12)
    const [huidig, ...eerder] = verblijfplaatsen
    expect(huidig?.verblijfadres?.officieleStraatnaam).toBe('Biltstraat')
    expect(huidig?.datumTot).toBeUndefined()
    verblijfplaatsen.slice(1).forEach((verblijfplaats, index) => expect(verblijfplaats.datumTot).toEqual(verblijfplaatsen[index]?.datumVan))
    const begin = verblijfplaatsen.map((verblijfplaats) => (verblijfplaats.datumVan?.type === 'Datum' ? verblijfplaats.datumVan.datum : ''))
    expect(begin.slice(0, -1)).toEqual([...begin.slice(0, -1)].sort().reverse())
    expect(eerder.at(-1)?.datumVan).toEqual({ type: 'JaarDatum', jaar: 1970, langFormaat: '1970' })
    expect(new Set(verblijfplaatsen.map((verblijfplaats) => verblijfplaats.gemeenteVanInschrijving?.omschrijving))).toContain('Groningen')
  })

  it('gives only the addresses lived at in the period, datumTot by default today by the mock clock', async () => {
    const periode = leesHistorie(await (await historie(BSN.kees, 'kees', { datumVan: '1990-01-01', datumTot: '1995-12-31' })).json())
    expect(periode.verblijfplaatsen.map((verblijfplaats) => verblijfplaats.verblijfadres?.woonplaats)).toEqual(['Amsterdam', 'Groningen', 'Groningen'])

    const vanafVandaag = (await historie(BSN.fatima, 'fatima', { datumVan: isoDatum(backend.clock.now().getTime()) })).json()
    expect(leesHistorie(await vanafVandaag).verblijfplaatsen.map((verblijfplaats) => verblijfplaats.verblijfadres?.officieleStraatnaam)).toEqual(['Oudegracht'])
  })

  it('refuses a period that ends before it begins, a date that does not exist, and another type', async () => {
    for (const [body, naam] of [
      [{ type: 'RaadpleegMetPeriode', burgerservicenummer: BSN.fatima, datumVan: '2020-01-01', datumTot: '2019-01-01' }, 'datumTot'],
      [{ type: 'RaadpleegMetPeriode', burgerservicenummer: BSN.fatima, datumVan: '2021-02-30' }, 'datumVan'],
      [{ type: 'RaadpleegMetPeildatum', burgerservicenummer: BSN.fatima, peildatum: '2021-02-01' }, 'type'],
      [{ type: 'RaadpleegMetPeriode', burgerservicenummer: [BSN.fatima], datumVan: '2021-02-01' }, 'burgerservicenummer'],
    ] as const) {
      const response = await api('/brp/verblijfplaatshistorie', { method: 'POST', body })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect((await probleem(response)).invalidParams?.map((param) => param.name)).toContain(naam)
    }
  })

  it("refuses someone else's history", async () => {
    expect((await historie(BSN.kees)).status).toBe(403)
  })
})
