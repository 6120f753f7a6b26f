import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { isoDatum } from '../../state/dates'
import { LOONSTROKEN_BRIEF } from '../../state/zaken/seed-fatima'
import { leesLijst as leesBerichten } from '../berichten/contract'
import { leesVerwijzing } from './contract'
import { api, probleem, useZakenServer, zaakVan } from './test-server'

useZakenServer()

const vandaag = () => isoDatum(backend.clock.now().getTime())

/** The UWV letter asking for loonstroken, as the Berichtenbox seed has it. */
async function loonstrokenBrief() {
  const { berichten } = leesBerichten(await (await api('/berichten?afzender=UWV&paginaGrootte=200')).json())
  const brief = berichten.find((bericht) => bericht.onderwerp === LOONSTROKEN_BRIEF.onderwerp)
  if (!brief) throw new Error('geen loonstrokenbrief')
  return brief
}

describe('GET /api/zaken/zaken/{uuid}', () => {
  it('gives the timeline: the statustypen of the zaaktype, the statussen reached, and what each step means', async () => {
    const zaak = await zaakVan('Parkeervergunning')
    const { statustypen } = zaak._expand.zaaktype
    expect(statustypen.map((type) => [type.volgnummer, type.omschrijving, type.isEindstatus])).toEqual([
      [1, 'Aanvraag ontvangen', false],
      [2, 'Aanvraag wordt beoordeeld', false],
      [3, 'Besluit genomen', false],
      [4, 'Vergunning klaar', true],
    ])
    expect(statustypen.every((type) => type.toelichting.length > 20 && type.statustekst.length > 0)).toBe(true)
    expect(zaak.statussen.map((status) => status.statustype)).toEqual(statustypen.slice(0, 2).map((type) => type.url))
    // The start date is the calendar day in Amsterdam; the timestamp is UTC (between 00:00 and 01:00 the day before).
    expect(isoDatum(Date.parse(zaak.statussen[0]?.datumStatusGezet ?? ''))).toBe(zaak.startdatum)
    expect(zaak.huidigeStatus.datumStatusGezet).toBe(zaak.statussen[1]?.datumStatusGezet)
    expect(zaak.behandelaar).toEqual({ naam: 'Gemeente Utrecht', telefoon: '14 030', website: 'https://www.utrecht.nl' })
    expect(zaak.historie.map((regel) => regel.soort)).toEqual(['status', 'status'])
    expect(zaak.taken).toEqual([expect.objectContaining({ soort: 'upload', omschrijving: 'Stuur een kopie van uw huurcontract', status: 'open' })])
    const deadline = zaak.taken[0]?.deadline ?? ''
    expect((Date.parse(deadline) - Date.parse(vandaag())) / 86_400_000).toBe(10)
  })

  it('has 4 to 6 statustypen in every zaaktype of the seed', async () => {
    const bsns = ['999990019', '999990020', '999990032', '999990044', '999990081', '999990093', '999990111']
    const aantallen = new Set(bsns.flatMap((bsn) => backend.zaken.zaken(bsn).map((zaak) => zaak.zaaktype.stappen.length)))
    expect([...aantallen].every((aantal) => aantal >= 4 && aantal <= 6)).toBe(true)
  })

  it('marks the bezwaar as past its expected end date, with the legal end date still ahead', async () => {
    const bezwaar = await zaakVan('Bezwaar')
    expect(bezwaar.einddatumGepland && bezwaar.einddatumGepland < vandaag()).toBe(true)
    expect(bezwaar.uiterlijkeEinddatumAfdoening && bezwaar.uiterlijkeEinddatumAfdoening > vandaag()).toBe(true)
    expect(bezwaar.historie.map((regel) => regel.soort)).toEqual(['antwoord', 'vraag', 'status', 'status'])
  })

  it('offers its documents as real PDFs with their true size', async () => {
    const [document] = (await zaakVan('Parkeervergunning'))._expand.zaakinformatieobjecten
    const informatieobject = document?._expand.informatieobject
    expect(informatieobject).toMatchObject({ titel: 'Ontvangstbevestiging aanvraag parkeervergunning', formaat: 'application/pdf', bestandsnaam: 'ontvangstbevestiging-aanvraag-parkeervergunning.pdf' })
    const response = await api((informatieobject?.inhoud ?? '').replace(/^\/api/, ''))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toContain('filename="ontvangstbevestiging-aanvraag-parkeervergunning.pdf"')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    expect(bytes.byteLength).toBe(informatieobject?.bestandsomvang)
    expect((await api(`/documenten/enkelvoudiginformatieobjecten/${informatieobject?.uuid ?? ''}/download`, { token: 'noor' })).status).toBe(404)
  })

  it('links the UWV loonstroken letter and the WW-uitkering both ways, with the same deadline', async () => {
    const brief = await loonstrokenBrief()
    const ww = await zaakVan('WW-uitkering')
    expect(ww.berichten).toContainEqual({ berichtId: brief.berichtId, onderwerp: LOONSTROKEN_BRIEF.onderwerp })
    expect(ww.taken.find((taak) => taak.berichtId === brief.berichtId)).toMatchObject({ soort: 'upload', deadline: brief.actie?.deadline, status: 'open' })
    const terug = await api(`/zaken/_voor-bericht/${brief.berichtId}`)
    expect(leesVerwijzing(await terug.json())).toEqual({ uuid: ww.uuid, identificatie: ww.identificatie, omschrijving: 'WW-uitkering' })
    expect((await api('/zaken/_voor-bericht/geen-bericht')).status).toBe(404)
  })

  it('says a zaak that does not exist, or is someone else’s, does not exist (404)', async () => {
    const response = await api('/zaken/zaken/00000000-0000-4000-8000-000000000000')
    expect(response.status).toBe(404)
    expect((await probleem(response)).detail).toBe('Deze zaak bestaat niet (meer).')
    const fatimas = await zaakVan('WW-uitkering')
    expect((await api(`/zaken/zaken/${fatimas.uuid}`, { token: 'noor' })).status).toBe(404)
  })
})
