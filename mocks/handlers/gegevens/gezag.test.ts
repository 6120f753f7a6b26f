import { describe, expect, it } from 'vitest'
import { BRP_VELDEN_EIGEN, BRP_VELDEN_KIND } from '../../../src/features/gegevens/gegevens.api'
import { backend } from '../../state/backend'
import { dpopHeaders } from '../test-dpop'
import { leesHistorie, leesPersonen } from './contract'
import { BSN, historie, personen, probleem, useGegevensServer } from './test-server'

useGegevensServer()

/** The day Yusuf turns 18, by his registered birth date. */
async function achttiendeVerjaardag(): Promise<Date> {
  const [yusuf] = leesPersonen(await (await personen(BSN.yusuf, ['geboorte.datum'])).json()).personen
  const geboren = yusuf?.geboorte?.datum
  if (geboren?.type !== 'Datum') throw new Error('Yusuf heeft geen volledige geboortedatum')
  const [jaar = 0, maand = 1, dag = 1] = geboren.datum.split('-').map(Number)
  return new Date(Date.UTC(jaar + 18, maand - 1, dag, 12))
}

describe('BRP: a parent with gezag and a minor child', () => {
  it('lets Fatima read her son Yusuf (12, gezamenlijk ouderlijk gezag), with the wrong geslachtsnaam as registered', async () => {
    const response = await personen(BSN.yusuf, BRP_VELDEN_KIND)
    expect(response.status).toBe(200)
    const [yusuf] = leesPersonen(await response.json()).personen
    expect(yusuf?.naam).toEqual({ voornamen: 'Yusuf', geslachtsnaam: 'El Amarni' })
    expect(yusuf?.ouders?.map((ouder) => ouder.naam?.voornamen)).toEqual(['Fatima', 'Youssef'])
    expect(leesHistorie(await (await historie(BSN.yusuf)).json()).verblijfplaatsen[0]?.verblijfadres?.officieleStraatnaam).toBe('Oudegracht')
  })

  it('shows the gezag on her own record, with Yusuf 12 by the mock clock', async () => {
    const [yusuf] = leesPersonen(await (await personen(BSN.yusuf, ['leeftijd'])).json()).personen
    expect(yusuf?.leeftijd).toBe(12)
    const [fatima] = leesPersonen(await (await personen(BSN.fatima, BRP_VELDEN_EIGEN)).json()).personen
    expect(fatima?.gezag?.map((gezag) => gezag.minderjarige.burgerservicenummer)).toEqual([BSN.yusuf])
  })

  it('refuses Fatima her adult daughter and her husband, and refuses Noor the child of someone else', async () => {
    for (const bsn of [BSN.sara, BSN.youssef]) {
      const response = await personen(bsn, BRP_VELDEN_KIND)
      expect(response.status, bsn).toBe(403)
      expect((await probleem(response)).detail).toContain('gezag')
      expect((await historie(bsn)).status, bsn).toBe(403)
    }
    expect((await personen(BSN.yusuf, BRP_VELDEN_KIND, 'noor')).status).toBe(403)
    expect((await historie(BSN.yusuf, 'noor')).status).toBe(403)
  })

  it('refuses the whole request when one of several BSNs is not allowed', async () => {
    const url = 'http://localhost/api/brp/personen'
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await dpopHeaders('POST', url, 'fatima')) },
      body: JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [BSN.fatima, BSN.yusuf, BSN.sara], fields: ['naam'] }),
    })
    expect(response.status).toBe(403)
  })

  it('ends at 18: the day Yusuf turns 18 by the mock clock, Fatima gets 403 and the gezag is gone from her record', async () => {
    const verjaardag = await achttiendeVerjaardag()
    backend.clock.set(new Date(verjaardag.getTime() - 24 * 60 * 60 * 1000))
    expect((await personen(BSN.yusuf, BRP_VELDEN_KIND)).status).toBe(200)

    backend.clock.set(verjaardag)
    expect((await personen(BSN.yusuf, BRP_VELDEN_KIND)).status).toBe(403)
    expect((await historie(BSN.yusuf)).status).toBe(403)
    const [fatima] = leesPersonen(await (await personen(BSN.fatima, BRP_VELDEN_EIGEN)).json()).personen
    expect(fatima?.gezag).toBeUndefined()
    expect(fatima?.kinderen).toHaveLength(2)
  })
})
