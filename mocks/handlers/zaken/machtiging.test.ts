import { describe, expect, it } from 'vitest'
import { leesAantallen, leesWijzigingen } from './contract'
import { api, lijst, probleem, useZakenServer } from './test-server'

useZakenServer()

describe('Zaken for someone acting on another person’s behalf', () => {
  it("gives Pieter, acting for Anna, only her zaken at Gemeente Amersfoort; Anna herself sees all", async () => {
    const eigen = await lijst('', 'anna')
    expect(eigen.organisaties).toEqual(['Belastingdienst', 'Gemeente Amersfoort'])
    expect(eigen.count).toBe(3)
    const pieter = await lijst('', 'pieterVoorAnna')
    expect(pieter.organisaties).toEqual(['Gemeente Amersfoort'])
    expect(pieter.results.map((zaak) => zaak.organisatie)).toEqual(['Gemeente Amersfoort', 'Gemeente Amersfoort'])
    expect(leesAantallen(await (await api('/zaken/_aantallen', { token: 'pieterVoorAnna' })).json())).toEqual({ open: 1, takenOpen: 1 })
  })

  it('refuses Pieter a zaak, a filter or a document outside the machtiging with 403 buiten-machtiging', async () => {
    const [buiten] = (await lijst('?organisatie=Belastingdienst', 'anna')).results
    const zaak = await api(`/zaken/zaken/${buiten?.uuid ?? ''}`, { token: 'pieterVoorAnna' })
    expect(zaak.status).toBe(403)
    // The same words as for an id that is not hers: a refusal does not tell whose organisation a zaak is.
    expect(await probleem(zaak)).toMatchObject({ code: 'buiten-machtiging', detail: 'Dit valt niet onder uw machtiging voor Anna de Vries-Bakker.' })
    expect((await api(`/zaken/zaken/${buiten?.uuid ?? ''}/vragen`, { token: 'pieterVoorAnna', method: 'POST', body: { tekst: 'Hoe staat het?' } })).status).toBe(403)
    expect((await api('/zaken/zaken?organisatie=UWV', { token: 'pieterVoorAnna' })).status).toBe(403)
    // Within it, Pieter works on Anna's zaak as she would.
    const [binnen] = (await lijst('?status=open', 'pieterVoorAnna')).results
    expect((await api(`/zaken/zaken/${binnen?.uuid ?? ''}`, { token: 'pieterVoorAnna' })).status).toBe(200)
    expect((await api(`/zaken/zaken/${binnen?.uuid ?? ''}/vragen`, { token: 'pieterVoorAnna', method: 'POST', body: { tekst: 'Mag ik bij het gesprek zijn?' } })).status).toBe(201)
  })

  it('does not show Pieter his mother’s zaken outside the machtiging in the change feed either', async () => {
    const response = await api('/zaken/_wijzigingen?sinds=2000-01-01T00:00:00Z', { token: 'pieterVoorAnna' })
    const { zaken } = leesWijzigingen(await response.json())
    expect(zaken.map((zaak) => zaak.organisatie)).toEqual(['Gemeente Amersfoort', 'Gemeente Amersfoort'])
  })

  it("gives Ruud, bewindvoerder, all of Henk's zaken", async () => {
    const henk = await lijst('', 'ruudVoorHenk')
    expect(henk.results.map((zaak) => [zaak.organisatie, zaak.omschrijving, zaak.actieNodig])).toEqual([['Gemeente Amersfoort', 'Hulp bij schulden', true]])
  })
})
