import { describe, expect, it } from 'vitest'
import { leesBericht } from './contract'
import { aantallen, api, bericht, lijst, patch, probleem, useBerichtenServer } from './test-server'

useBerichtenServer()

async function eersteUit(pad: string, token: 'fatima' | 'anna' = 'fatima') {
  const eerste = (await lijst(pad, token)).berichten[0]
  if (!eerste) throw new Error(`${pad} is leeg`)
  return eerste
}

describe('Berichtenbox: één bericht', () => {
  it('gives the whole letter with its attachments', async () => {
    const metBijlage = (await lijst('/berichten?paginaGrootte=200')).berichten.find((kandidaat) => kandidaat.aantalBijlagen > 0)
    if (!metBijlage) throw new Error('geen bericht met bijlage')
    const volledig = await bericht(metBijlage.berichtId)
    expect(volledig.inhoud).toMatch(/^<p>Geachte mevrouw El Amrani,<\/p>/)
    expect(volledig.bijlagen).toHaveLength(metBijlage.aantalBijlagen)
    expect(volledig.bijlagen[0]?.naam).toMatch(/\.pdf$/)
    expect(volledig.bijlagen[0]?.grootteInBytes).toBeGreaterThan(1000)
  })

  it('marks a letter read and unread, and the unread count follows', async () => {
    const ongelezen = await eersteUit('/berichten?status=ongelezen')
    const response = await patch(ongelezen.berichtId, { status: 'gelezen' })
    expect(response.status).toBe(200)
    expect(leesBericht(await response.json()).status).toBe('gelezen')
    expect((await aantallen()).ongelezen).toBe(6)
    await patch(ongelezen.berichtId, { status: 'ongelezen' })
    expect((await aantallen()).ongelezen).toBe(7)
  })

  it('moves a letter to Archief and back to Postvak IN', async () => {
    const eerste = await eersteUit('/berichten')
    expect((await patch(eerste.berichtId, { map: 'archief' })).status).toBe(200)
    expect((await lijst('/berichten?map=archief')).berichten.map((b) => b.berichtId)).toContain(eerste.berichtId)
    expect((await eersteUit('/berichten')).berichtId).not.toBe(eerste.berichtId)
    expect((await aantallen()).ongelezen).toBe(6)
    await patch(eerste.berichtId, { map: 'postvak', status: null })
    expect((await eersteUit('/berichten')).berichtId).toBe(eerste.berichtId)
  })

  it('notes when a letter goes into the trash, and forgets it when it is restored', async () => {
    const eerste = await eersteUit('/berichten')
    const weg = leesBericht(await (await patch(eerste.berichtId, { map: 'prullenbak' })).json())
    expect(weg.map).toBe('prullenbak')
    expect(Date.parse(weg.verplaatstNaarPrullenbakOp ?? '')).toBeGreaterThan(Date.now() - 60_000)
    const terug = leesBericht(await (await patch(eerste.berichtId, { map: 'postvak' })).json())
    expect(terug.verplaatstNaarPrullenbakOp).toBeUndefined()
  })

  it('deletes for good only from the trash', async () => {
    const eerste = await eersteUit('/berichten')
    const teVroeg = await api(`/berichten/${eerste.berichtId}`, { method: 'DELETE' })
    expect(teVroeg.status).toBe(409)
    expect((await probleem(teVroeg)).code).toBe('niet-in-prullenbak')

    await patch(eerste.berichtId, { map: 'prullenbak' })
    expect((await api(`/berichten/${eerste.berichtId}`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(`/berichten/${eerste.berichtId}`)).status).toBe(404)
    // Deleted in another tab: a second delete or a change says "not found".
    expect((await api(`/berichten/${eerste.berichtId}`, { method: 'DELETE' })).status).toBe(404)
    expect((await patch(eerste.berichtId, { status: 'gelezen' })).status).toBe(404)
    expect((await aantallen()).perMap.prullenbak).toBe(2)
  })

  it('refuses an empty or wrong change', async () => {
    const { berichtId } = await eersteUit('/berichten')
    for (const body of [{}, { status: null, map: null }, { map: 'inbox' }, { status: 'bekeken' }, [], 'gelezen']) {
      const response = await patch(berichtId, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect((await probleem(response)).invalidParams?.length).toBeGreaterThan(0)
    }
    expect((await api(`/berichten/${berichtId}`, { method: 'PATCH', body: { map: 'archief' }, contentType: 'text/plain' })).status).toBe(415)
  })

  it('answers 404 for someone else’s bericht, exactly as for one that does not exist', async () => {
    const vanAnna = await eersteUit('/berichten', 'anna')
    const vreemd = await api(`/berichten/${vanAnna.berichtId}`)
    const onbekend = await api('/berichten/00000000-0000-4000-8000-000000000000')
    expect(vreemd.status).toBe(404)
    expect(await vreemd.json()).toEqual(await onbekend.json())
    expect((await patch(vanAnna.berichtId, { status: 'gelezen' })).status).toBe(404)
    expect((await api(`/berichten/${vanAnna.berichtId}`, { method: 'DELETE' })).status).toBe(404)
    expect((await bericht(vanAnna.berichtId, 'anna')).status).toBe('ongelezen')
  })

  it('checks magazijnId when the client sends it, as the spec asks', async () => {
    const eerste = await eersteUit('/berichten')
    expect((await api(`/berichten/${eerste.berichtId}?magazijnId=${eerste.magazijnId}`)).status).toBe(200)
    expect((await api(`/berichten/${eerste.berichtId}?magazijnId=00000001000000000000`)).status).toBe(404)
  })
})
