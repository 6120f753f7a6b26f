import { describe, expect, it } from 'vitest'
import { KEES_AANTAL_ZAKEN } from '../../state/zaken/seed-kees'
import { leesAantallen } from './contract'
import { api, lijst, probleem, useZakenServer } from './test-server'

useZakenServer()

describe('GET /api/zaken/zaken', () => {
  it("lists Fatima's zaken over all organisations, last change first, with status in plain words", async () => {
    const { count, results, organisaties, next, previous } = await lijst()
    expect(count).toBe(6)
    expect([next, previous]).toEqual([null, null])
    expect(organisaties).toEqual(['Belastingdienst', 'DUO', 'Gemeente Utrecht', 'UWV'])
    expect(results.map((zaak) => zaak.bijgewerktOp)).toEqual(results.map((zaak) => zaak.bijgewerktOp).sort().reverse())
    const open = results.filter((zaak) => !zaak.isAfgesloten).map((zaak) => [zaak.organisatie, zaak.omschrijving, zaak.takenOpen])
    expect(open).toEqual(
      expect.arrayContaining([
        ['Gemeente Utrecht', 'Parkeervergunning voor bewoners', 1],
        ['UWV', 'WW-uitkering', 2],
        ['Belastingdienst', 'Bezwaar tegen aanslag inkomstenbelasting 2025', 0],
        ['DUO', 'Wijziging studiefinanciering', 0],
      ]),
    )
    expect(open).toHaveLength(4)
    const parkeren = results.find((zaak) => zaak.omschrijving.startsWith('Parkeervergunning'))
    expect(parkeren).toMatchObject({ actieNodig: true, huidigeStatus: { omschrijving: 'Aanvraag wordt beoordeeld', statustekst: 'We kijken of u een parkeervergunning kunt krijgen.' } })
    const gesloten = results.filter((zaak) => zaak.isAfgesloten)
    expect(gesloten).toHaveLength(2)
    expect(gesloten.every((zaak) => zaak.einddatum !== undefined && !zaak.actieNodig)).toBe(true)
  })

  it('filters by state and organisation (any case), and keeps every organisation for the filter', async () => {
    expect((await lijst('?status=gesloten')).results.map((zaak) => zaak.omschrijving)).toEqual(['Paspoort aanvragen', 'Zorgtoeslag aanvragen'])
    const uwv = await lijst('?organisatie=uwv&status=open')
    expect(uwv.results.map((zaak) => zaak.omschrijving)).toEqual(['WW-uitkering'])
    expect(uwv.organisaties).toHaveLength(4)
    expect((await lijst('?organisatie=Gemeente%20Utrecht&status=gesloten')).count).toBe(1)
  })

  it("pages Kees's 200 zaken 20 at a time without overlap, with ZGW's next and previous", async () => {
    const eerste = await lijst('?status=open', 'kees')
    const alle = await lijst('', 'kees')
    expect(alle.count).toBe(KEES_AANTAL_ZAKEN)
    expect(alle.results).toHaveLength(20)
    expect(alle.next).toBe('/api/zaken/zaken?page=2')
    expect(eerste.next).toBe('/api/zaken/zaken?status=open&page=2')
    const gezien = new Set<string>()
    let pagina = 1
    for (let volgende: string | null = '/api/zaken/zaken?pageSize=100'; volgende !== null; pagina += 1) {
      const antwoord = await lijst(volgende.replace('/api/zaken/zaken', ''), 'kees')
      for (const zaak of antwoord.results) gezien.add(zaak.uuid)
      expect(antwoord.previous).toBe(pagina === 1 ? null : `/api/zaken/zaken?pageSize=100&page=${pagina - 1}`)
      volgende = antwoord.next
    }
    expect(gezien.size).toBe(KEES_AANTAL_ZAKEN)
    expect(new Set(alle.organisaties).size).toBeGreaterThan(4)
    expect((await lijst('?page=99', 'kees')).results).toEqual([])
  })

  it('gives Noor an empty list and zero counts', async () => {
    expect(await lijst('', 'noor')).toEqual({ count: 0, next: null, previous: null, results: [], organisaties: [] })
    expect(leesAantallen(await (await api('/zaken/_aantallen', { token: 'noor' })).json())).toEqual({ open: 0, takenOpen: 0 })
  })

  it('counts open zaken and waiting tasks for the overview card', async () => {
    expect(leesAantallen(await (await api('/zaken/_aantallen')).json())).toEqual({ open: 4, takenOpen: 3 })
  })

  it('refuses wrong parameters with invalidParams, and a request without login with 401', async () => {
    for (const [query, naam] of [['?status=dicht', 'status'], ['?page=0', 'page'], ['?pageSize=101', 'pageSize'], ['?organisatie=', 'organisatie']] as const) {
      const response = await api(`/zaken/zaken${query}`)
      expect(response.status, query).toBe(400)
      expect((await probleem(response)).invalidParams?.[0]?.name).toBe(naam)
    }
    expect((await api('/zaken/zaken', { token: null })).status).toBe(401)
    expect((await api('/zaken/_aantallen', { token: null })).status).toBe(401)
  })
})
