import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { startTestApp, type TestApp } from '../../../server/test-app'
import { backend } from '../../state/backend'
import { dpopHeaders } from '../test-dpop'
import { leesWijzigingen, leesZaak, mockZakenSchema } from './contract'

// The real server wiring: /__mock/zaken and the API on one port.
let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ fatima: { bsn: '999990019', acr: EIDAS_ACR.low } })
})
afterEach(() => backend.reset())
afterAll(() => app.close())

const alsFatima = async (pad: string) => {
  const url = `${app.origin}/api${pad}`
  return (await fetch(url, { headers: await dpopHeaders('GET', url, 'fatima') })).json()
}
const zakenVan = async (bsn: string) => v.parse(mockZakenSchema, await (await fetch(`${app.origin}/__mock/zaken?bsn=${bsn}`)).json())
const zetStatus = (id: string, body?: unknown) =>
  fetch(`${app.origin}/__mock/zaken/${id}/status`, { method: 'POST', ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }) })

async function zaak(omschrijving: string) {
  const gevonden = (await zakenVan('999990019')).find((kandidaat) => kandidaat.omschrijving.startsWith(omschrijving))
  if (!gevonden) throw new Error(`geen zaak ${omschrijving}`)
  return gevonden
}

/** Fatima verifies a notification address, as the Berichtenbox settings let her. */
function verifieerEmail(adres: string) {
  const { instellingen } = backend.berichtenbox
  instellingen.vraagCode('999990019', adres)
  instellingen.verifieer('999990019', instellingen.laatsteCode('999990019') ?? '')
  backend.mail.reset()
}

describe('/__mock/zaken', () => {
  it('lists the zaken of a person for tests outside the project', async () => {
    const zaken = await zakenVan('999990019')
    expect(zaken).toHaveLength(6)
    expect(zaken[0]).toMatchObject({ omschrijving: 'Parkeervergunning voor bewoners', organisatie: 'Gemeente Utrecht', status: 'Aanvraag wordt beoordeeld' })
    expect(await zakenVan('999990056')).toEqual([])
    expect((await fetch(`${app.origin}/__mock/zaken?bsn=12`)).status).toBe(400)
  })

  it('moves a zaak to its next status; the change feed shows it and the counts', async () => {
    const { nu } = leesWijzigingen(await alsFatima(`/zaken/_wijzigingen?sinds=${new Date().toISOString()}`))
    expect(leesWijzigingen(await alsFatima(`/zaken/_wijzigingen?sinds=${nu}`)).zaken).toEqual([])
    const parkeren = await zaak('Parkeervergunning')
    const response = await zetStatus(parkeren.id)
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ id: parkeren.id, status: 'Besluit genomen' })
    const wijzigingen = leesWijzigingen(await alsFatima(`/zaken/_wijzigingen?sinds=${nu}`))
    expect(wijzigingen.zaken.map((gewijzigd) => [gewijzigd.uuid, gewijzigd.huidigeStatus.omschrijving])).toEqual([[parkeren.id, 'Besluit genomen']])
    expect(wijzigingen.aantallen).toEqual({ open: 4, takenOpen: 3 })
    expect(leesWijzigingen(await alsFatima(`/zaken/_wijzigingen?sinds=${wijzigingen.nu}`)).zaken).toEqual([])
    expect(backend.mail.lijst()).toEqual([])
  })

  it('e-mails the person about the change only when they have a verified notification address and did not switch that organisation off', async () => {
    verifieerEmail('fatima@example.nl')
    await zetStatus((await zaak('Parkeervergunning')).id)
    const [mail] = backend.mail.lijst('fatima@example.nl')
    expect(mail).toMatchObject({ onderwerp: 'Er is nieuws over uw zaak', tekst: expect.stringContaining('Gemeente Utrecht') })
    expect(mail?.tekst).not.toContain('Besluit')

    const { herinneringOngelezen } = backend.berichtenbox.instellingen.van('999990019')
    backend.berichtenbox.instellingen.wijzig('999990019', { herinneringOngelezen, organisaties: [{ afzender: 'UWV', digitaal: false }] })
    await zetStatus((await zaak('WW-uitkering')).id)
    expect(backend.mail.lijst()).toHaveLength(1)
  })

  it('sets a named status; at the eindstatus with a resultaat the zaak closes and the effect of that zaaktype runs', async () => {
    const effect = vi.fn()
    backend.zaken.bijResultaat('wijziging-studiefinanciering', effect)
    const duo = await zaak('Wijziging studiefinanciering')
    expect((await zetStatus(duo.id, { statustype: 'Nieuw bedrag berekend', resultaat: 'Toegekend' })).status).toBe(400)
    expect((await zetStatus(duo.id, { statustype: 'bestaat niet' })).status).toBe(400)
    expect((await zetStatus(duo.id, { statustype: 'wijziging verwerkt', resultaat: 'Nieuw bedrag toegekend' })).status).toBe(201)
    const gesloten = leesZaak(await alsFatima(`/zaken/zaken/${duo.id}`))
    expect(gesloten).toMatchObject({ isAfgesloten: true, resultaat: 'Nieuw bedrag toegekend', einddatum: expect.any(String) })
    expect(gesloten.statussen).toHaveLength(2)
    expect(effect).toHaveBeenCalledWith('999990019', expect.objectContaining({ uuid: duo.id }), 'Nieuw bedrag toegekend')
    const weer = await zetStatus(duo.id)
    expect(weer.status).toBe(409)
    expect(await weer.json()).toMatchObject({ code: 'zaak-afgesloten' })
    expect((await zetStatus('00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  it('finds a zaak by its id after a reset too (the seed gives the same ids)', async () => {
    const { id } = await zaak('Bezwaar')
    backend.reset()
    expect((await zetStatus(id)).status).toBe(201)
  })
})
