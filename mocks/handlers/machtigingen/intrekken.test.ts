import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { dpopHeaders } from '../test-dpop'
import { api, buitenMachtiging, gewijzigd, huidige, MACHTIGING, machtigingenVan, probleem, useTestServer, voorWie, wijzigMachtiging } from '../test-server'

useTestServer()

const statusVan = async (id: string) => (await machtigingenVan('anna')).find((machtiging) => machtiging.id === id)?.status

describe('Machtigingen: revoking', () => {
  it("refuses Pieter's very next request once Anna revokes, with the same token, and says so", async () => {
    expect((await api('/berichten', { token: 'pieterVoorAnna' })).status).toBe(200)

    const ingetrokken = await gewijzigd(MACHTIGING.annaPieter, 'ingetrokken', 'anna')
    expect(ingetrokken).toMatchObject({ status: 'ingetrokken', intrekbaar: false, ingetrokkenOp: expect.any(String) })

    const geweigerd = await buitenMachtiging(await api('/berichten', { token: 'pieterVoorAnna' }), 'ingetrokken')
    expect(geweigerd.detail).toBe('Anna de Vries-Bakker heeft uw machtiging ingetrokken. U kunt niets meer voor deze persoon regelen.')
    await buitenMachtiging(await api('/zaken/zaken', { token: 'pieterVoorAnna' }), 'ingetrokken')

    // The banner learns it from the backend, and so does the switcher.
    expect(await huidige('pieterVoorAnna')).toEqual({
      volmachtgever: { burgerservicenummer: '999990032', naam: 'Anna de Vries-Bakker' },
      soort: 'machtiging',
      status: 'ingetrokken',
      diensten: [],
    })
    expect(await voorWie('pieter')).toEqual([])
    expect((await machtigingenVan('pieter'))[0]).toMatchObject({ id: MACHTIGING.annaPieter, richting: 'ontvangen', status: 'ingetrokken' })
  })

  it('answers a second revocation with the same machtiging, unchanged', async () => {
    const eerste = await gewijzigd(MACHTIGING.annaPieter, 'ingetrokken', 'anna')
    expect(await gewijzigd(MACHTIGING.annaPieter, 'ingetrokken', 'anna')).toEqual(eerste)
  })

  it('does not let Pieter revoke what Anna gave him, nor anyone acting for her', async () => {
    const zelf = await wijzigMachtiging(MACHTIGING.annaPieter, 'ingetrokken', 'pieter')
    expect(zelf.status).toBe(409)
    expect((await probleem(zelf)).code).toBe('status-kan-niet')
    await buitenMachtiging(await wijzigMachtiging(MACHTIGING.annaPieter, 'ingetrokken', 'pieterVoorAnna'), 'nooit')
    expect(await statusVan(MACHTIGING.annaPieter)).toBe('actief')
  })

  it('knows no machtiging of someone else (404)', async () => {
    const response = await wijzigMachtiging(MACHTIGING.annaPieter, 'ingetrokken', 'fatima')
    expect(response.status).toBe(404)
    expect((await probleem(response)).detail).toBe('Deze machtiging bestaat niet.')
  })

  it('does not revoke bewind: a court set it (409), neither the client nor the bewindvoerder', async () => {
    for (const token of ['henk', 'ruud'] as const) {
      const response = await wijzigMachtiging(MACHTIGING.bewindHenk, 'ingetrokken', token)
      expect(response.status, token).toBe(409)
      expect((await probleem(response)).code).toBe('status-kan-niet')
    }
    expect((await api('/berichten', { token: 'ruudVoorHenk' })).status).toBe(200)
  })

  it('takes only a status it knows, sent as JSON', async () => {
    const onbekend = await wijzigMachtiging(MACHTIGING.annaPieter, 'verlopen', 'anna')
    expect(onbekend.status).toBe(400)
    expect((await probleem(onbekend)).invalidParams).toEqual([expect.objectContaining({ name: 'status' })])
    const url = `http://localhost/api/machtigingen/${MACHTIGING.annaPieter}`
    const tekst = await fetch(url, {
      method: 'PATCH',
      headers: { ...(await dpopHeaders('PATCH', url, 'anna')), 'Content-Type': 'text/plain' },
      body: 'status=ingetrokken',
    })
    expect(tekst.status).toBe(415)
    expect(await statusVan(MACHTIGING.annaPieter)).toBe('actief')
  })
})

describe('Machtigingen: running out', () => {
  const naar = (datum: string) => backend.clock.set(new Date(`${datum}T10:00:00Z`))
  const dagNa = (datum: string) => new Date(Date.parse(`${datum}T10:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

  it('counts on its last day and is refused (403 verlopen) the day after, by the mock clock', async () => {
    const geldigTot = (await machtigingenVan('anna')).find(({ id }) => id === MACHTIGING.annaPieter)?.geldigTot ?? ''
    naar(geldigTot)
    expect((await api('/berichten', { token: 'pieterVoorAnna' })).status).toBe(200)

    naar(dagNa(geldigTot))
    const geweigerd = await buitenMachtiging(await api('/berichten', { token: 'pieterVoorAnna' }), 'verlopen')
    expect(geweigerd.detail).toBe('Uw machtiging voor Anna de Vries-Bakker is verlopen. U kunt niets meer voor deze persoon regelen.')
    expect(await huidige('pieterVoorAnna')).toMatchObject({ status: 'verlopen', diensten: [] })
    expect(await voorWie('pieter')).toEqual([])
    expect((await machtigingenVan('anna'))[0]).toMatchObject({ id: MACHTIGING.annaPieter, status: 'verlopen', intrekbaar: false })
    // Over is over: nothing left to revoke.
    expect((await wijzigMachtiging(MACHTIGING.annaPieter, 'ingetrokken', 'anna')).status).toBe(409)
  })
})
