import { describe, expect, it } from 'vitest'
import { MAX_TEKST_TEKENS } from '../../../src/features/zaken/zaken.schemas'
import { ANTWOORD_NA_MS } from '../../state/zaken/zaken-store'
import { leesDocument, leesReactie, leesVraag } from './contract'
import { api, BYTES, probleem, upload, useZakenServer, verzetKlok, zaakVan } from './test-server'

useZakenServer()

const stelVraag = (uuid: string, tekst: unknown) => api(`/zaken/zaken/${uuid}/vragen`, { method: 'POST', body: { tekst } })

describe('POST /api/zaken/zaken/{uuid}/vragen', () => {
  it('records the question in the history; the answer of the organisation follows 30 seconds later', async () => {
    const { uuid } = await zaakVan('Wijziging studiefinanciering')
    const response = await stelVraag(uuid, 'Wanneer krijg ik het nieuwe bedrag?')
    expect(response.status).toBe(201)
    const vraag = leesVraag(await response.json())
    expect(vraag).toMatchObject({ soort: 'vraag', tekst: 'Wanneer krijg ik het nieuwe bedrag?' })
    expect((await zaakVan('Wijziging studiefinanciering')).historie[0]).toEqual(vraag)

    verzetKlok(ANTWOORD_NA_MS / 1000 - 2)
    expect((await zaakVan('Wijziging studiefinanciering')).historie[0]?.soort).toBe('vraag')
    verzetKlok(3)
    const [antwoord, gesteld] = (await zaakVan('Wijziging studiefinanciering')).historie
    expect(antwoord).toMatchObject({ soort: 'antwoord', vraagId: vraag.id, tekst: expect.stringContaining('DUO') })
    expect(gesteld).toEqual(vraag)
  })

  it('refuses an empty question and one over the limit with invalidParams on tekst', async () => {
    const { uuid } = await zaakVan('Wijziging studiefinanciering')
    for (const tekst of ['', '  \n ', 'x'.repeat(MAX_TEKST_TEKENS + 1), 'x'.repeat(5000), 42]) {
      const response = await stelVraag(uuid, tekst)
      expect(response.status).toBe(400)
      expect((await probleem(response)).invalidParams?.[0]?.name).toBe('tekst')
    }
    expect((await stelVraag(uuid, 'x'.repeat(MAX_TEKST_TEKENS))).status).toBe(201)
    expect((await zaakVan('Wijziging studiefinanciering')).historie.filter((regel) => regel.soort === 'vraag')).toHaveLength(1)
  })
})

describe('POST /api/zaken/zaken/{uuid}/reacties', () => {
  it('sends a reactie to the loonstroken letter with a document: recorded, and the task of that letter done', async () => {
    const ww = await zaakVan('WW-uitkering')
    const brief = ww.taken.find((taak) => taak.berichtId !== undefined)
    const document = leesDocument(await (await upload(`/zaken/zaken/${ww.uuid}/bestanden`, { naam: 'loonstrook-maart.pdf', bytes: BYTES.pdf })).json())
    const response = await api(`/zaken/zaken/${ww.uuid}/reacties`, {
      method: 'POST',
      body: { berichtId: brief?.berichtId, tekst: 'Hierbij mijn loonstrook van maart.', bijlagen: [document._expand.informatieobject.uuid] },
    })
    expect(response.status).toBe(201)
    expect(leesReactie(await response.json())).toMatchObject({ soort: 'reactie', berichtId: brief?.berichtId, bijlagen: ['loonstrook-maart.pdf'] })
    const na = await zaakVan('WW-uitkering')
    expect(na.taken.find((taak) => taak.id === brief?.id)?.status).toBe('afgerond')
    expect(na.takenOpen).toBe(1)
    expect(na.historie.slice(0, 2).map((regel) => regel.soort).sort()).toEqual(['reactie', 'taak'])
  })

  it('refuses a letter that does not belong to the zaak, and a document that is not on it', async () => {
    const ww = await zaakVan('WW-uitkering')
    const parkeren = await zaakVan('Parkeervergunning')
    const [document] = parkeren._expand.zaakinformatieobjecten
    const response = await api(`/zaken/zaken/${parkeren.uuid}/reacties`, {
      method: 'POST',
      body: { berichtId: ww.berichten[0]?.berichtId, tekst: 'Zie bijlage', bijlagen: [document?._expand.informatieobject.uuid] },
    })
    expect(response.status).toBe(400)
    expect((await probleem(response)).invalidParams?.map((param) => param.name)).toEqual(['berichtId', 'bijlagen.0'])
    expect((await api(`/zaken/zaken/${ww.uuid}/reacties`, { method: 'POST', body: { berichtId: ww.berichten[0]?.berichtId, tekst: '' } })).status).toBe(400)
    expect((await zaakVan('WW-uitkering')).historie.some((regel) => regel.soort === 'reactie')).toBe(false)
  })
})
