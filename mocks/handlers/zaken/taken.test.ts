import { describe, expect, it } from 'vitest'
import { MAX_BESTAND_BYTES, MAX_TEKST_TEKENS } from '../../../src/features/zaken/zaken.schemas'
import { leesDocument, leesTaak } from './contract'
import { api, BYTES, probleem, upload, useZakenServer, zaakVan } from './test-server'

useZakenServer()

async function huurcontractTaak() {
  const zaak = await zaakVan('Parkeervergunning')
  const taak = zaak.taken[0]
  if (!taak) throw new Error('geen taak')
  return { zaak, pad: `/zaken/zaken/${zaak.uuid}/taken/${taak.id}` }
}

async function wwVraag() {
  const zaak = await zaakVan('WW-uitkering')
  const taak = zaak.taken.find((kandidaat) => kandidaat.soort === 'vraag')
  if (!taak) throw new Error('geen vraag')
  return { zaak, pad: `/zaken/zaken/${zaak.uuid}/taken/${taak.id}` }
}

describe('Tasks: upload', () => {
  it('takes a PDF: the task is done, the file is a document of the zaak, the history says so', async () => {
    const { zaak, pad } = await huurcontractTaak()
    const response = await upload(`${pad}/bestanden`, { naam: 'Huurcontract Oudegracht.pdf', bytes: BYTES.pdf, type: 'application/pdf' })
    expect(response.status).toBe(201)
    expect(leesTaak(await response.json())).toMatchObject({ status: 'afgerond', afgerondOp: expect.any(String) })
    const na = await zaakVan('Parkeervergunning')
    expect(na).toMatchObject({ takenOpen: 0, actieNodig: false })
    expect(na.historie[0]).toMatchObject({ soort: 'taak', omschrijving: 'Stuur een kopie van uw huurcontract', bestandsnaam: 'Huurcontract Oudegracht.pdf' })
    const document = na._expand.zaakinformatieobjecten.find((kandidaat) => kandidaat.toegevoegdDoor === 'u')
    expect(document?._expand.informatieobject).toMatchObject({ titel: 'Huurcontract Oudegracht', formaat: 'application/pdf', bestandsomvang: BYTES.pdf.byteLength })
    const terug = await api((document?._expand.informatieobject.inhoud ?? '').replace(/^\/api/, ''))
    expect(new Uint8Array(await terug.arrayBuffer())).toEqual(BYTES.pdf)
    expect(Date.parse(na.bijgewerktOp)).toBeGreaterThan(Date.parse(zaak.bijgewerktOp))
    // Done is done: a second file for the same task is refused.
    expect((await probleem(await upload(`${pad}/bestanden`, { naam: 'nog een.pdf', bytes: BYTES.pdf }))).code).toBe('taak-afgerond')
  })

  it('takes a PNG and a JPG, by their content', async () => {
    const { pad } = await huurcontractTaak()
    expect((await upload(`${pad}/bestanden`, { naam: 'foto.PNG', bytes: BYTES.png, type: 'image/png' })).status).toBe(201)
    const zaak = await zaakVan('Parkeervergunning')
    const document = await upload(`/zaken/zaken/${zaak.uuid}/bestanden`, { naam: 'scan.jpeg', bytes: BYTES.jpg })
    expect(document.status).toBe(201)
    expect(leesDocument(await document.json())._expand.informatieobject.formaat).toBe('image/jpeg')
  })

  it('refuses a renamed .exe, and a file whose name does not fit its content, with 415', async () => {
    const { pad } = await huurcontractTaak()
    const exe = await upload(`${pad}/bestanden`, { naam: 'huurcontract.pdf', bytes: BYTES.exe, type: 'application/pdf' })
    expect(exe.status).toBe(415)
    expect(await probleem(exe)).toMatchObject({ code: 'bestandstype', detail: expect.stringContaining('PDF, JPG of PNG') })
    const png = await upload(`${pad}/bestanden`, { naam: 'huurcontract.pdf', bytes: BYTES.png })
    expect(png.status).toBe(415)
    expect((await probleem(png)).detail).toContain('PNG')
    expect((await zaakVan('Parkeervergunning')).taken[0]?.status).toBe('open')
  })

  it('refuses a file over the limit with 413, and one that is empty or missing with 400', async () => {
    const { pad } = await huurcontractTaak()
    const groot = new Uint8Array(MAX_BESTAND_BYTES + 1)
    groot.set(BYTES.pdf)
    const response = await upload(`${pad}/bestanden`, { naam: 'groot.pdf', bytes: groot })
    expect(response.status).toBe(413)
    expect(await probleem(response)).toMatchObject({ code: 'bestand-te-groot', maxBytes: MAX_BESTAND_BYTES })
    expect((await upload(`${pad}/bestanden`, { naam: 'leeg.pdf', bytes: new Uint8Array() })).status).toBe(400)
    expect((await api(`${pad}/bestanden`, { method: 'POST', body: { bestand: 'x' } })).status).toBe(415)
    const precies = new Uint8Array(MAX_BESTAND_BYTES)
    precies.set(BYTES.pdf)
    expect((await upload(`${pad}/bestanden`, { naam: 'precies.pdf', bytes: precies })).status).toBe(201)
  })

  it('knows no upload for a question task, nor for a task that does not exist', async () => {
    const { zaak, pad } = await wwVraag()
    expect((await probleem(await upload(`${pad}/bestanden`, { naam: 'a.pdf', bytes: BYTES.pdf }))).code).toBe('verkeerde-taak')
    expect((await upload(`/zaken/zaken/${zaak.uuid}/taken/bestaat-niet/bestanden`, { naam: 'a.pdf', bytes: BYTES.pdf })).status).toBe(404)
  })
})

describe('Tasks: answer a question', () => {
  it('records the answer: the task is done and the history shows what was answered', async () => {
    const { pad } = await wwVraag()
    const response = await api(`${pad}/antwoord`, { method: 'POST', body: { tekst: '  Ik werk 16 uur per week, sinds 1 maart.  ' } })
    expect(response.status).toBe(201)
    expect(leesTaak(await response.json())).toMatchObject({ status: 'afgerond', antwoord: 'Ik werk 16 uur per week, sinds 1 maart.' })
    const zaak = await zaakVan('WW-uitkering')
    expect(zaak.takenOpen).toBe(1)
    expect(zaak.historie[0]).toMatchObject({ soort: 'taak', antwoord: 'Ik werk 16 uur per week, sinds 1 maart.' })
    expect((await api(`${pad}/antwoord`, { method: 'POST', body: { tekst: 'nog eens' } })).status).toBe(409)
  })

  it('refuses an empty answer, one that is too long, or other fields, with invalidParams', async () => {
    const { pad } = await wwVraag()
    for (const body of [{ tekst: '' }, { tekst: '   ' }, { tekst: 'x'.repeat(MAX_TEKST_TEKENS + 1) }, {}, { tekst: 'ja', extra: 1 }]) {
      const response = await api(`${pad}/antwoord`, { method: 'POST', body })
      expect(response.status, JSON.stringify(body).slice(0, 40)).toBe(400)
      expect((await probleem(response)).invalidParams?.length).toBeGreaterThan(0)
    }
    expect((await api(`${pad}/antwoord`, { method: 'POST', body: { tekst: 'x'.repeat(MAX_TEKST_TEKENS) } })).status).toBe(201)
  })
})
