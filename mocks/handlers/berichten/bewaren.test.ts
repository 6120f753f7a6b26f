import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { DAG_MS } from '../../state/dates'
import { aantallen, api, lijst, patch, useBerichtenServer } from './test-server'

useBerichtenServer()

const verzetKlok = (dagen: number) => backend.clock.set(new Date(backend.clock.now().getTime() + dagen * DAG_MS))

describe('Berichtenbox: bewaren en de prullenbak', () => {
  it('empties the trash of letters that lay there for 30 days', async () => {
    const eerste = (await lijst('/berichten')).berichten[0]
    if (!eerste) throw new Error('leeg postvak')
    await patch(eerste.berichtId, { map: 'prullenbak' })
    expect((await aantallen()).perMap.prullenbak).toBe(3)

    verzetKlok(29)
    const prullenbak = await lijst('/berichten?map=prullenbak')
    // The seed has one that went in 27 days ago: it is gone now; the one from 4 days ago (now 33) too.
    expect(prullenbak.berichten.map((bericht) => bericht.berichtId)).toEqual([eerste.berichtId])

    verzetKlok(1.01)
    expect((await lijst('/berichten?map=prullenbak')).berichten).toEqual([])
    expect((await api(`/berichten/${eerste.berichtId}`)).status).toBe(404)
  })

  it('keeps a restored letter, however long ago it was in the trash', async () => {
    const inPrullenbak = (await lijst('/berichten?map=prullenbak')).berichten[0]
    if (!inPrullenbak) throw new Error('lege prullenbak')
    await patch(inPrullenbak.berichtId, { map: 'archief' })
    verzetKlok(60)
    expect((await api(`/berichten/${inPrullenbak.berichtId}`)).status).toBe(200)
  })

  it('lets letters disappear everywhere after their retention date', async () => {
    const alles = [
      ...(await lijst('/berichten?paginaGrootte=200')).berichten,
      ...(await lijst('/berichten?map=archief&paginaGrootte=200')).berichten,
    ]
    const bijnaWeg = alles.filter((bericht) => Date.parse(bericht.bewaartermijn) < backend.clock.now().getTime() + 30 * DAG_MS)
    expect(bijnaWeg.length).toBeGreaterThanOrEqual(3)
    const eerstVerlopen = bijnaWeg.reduce((vroegste, bericht) => (bericht.bewaartermijn < vroegste.bewaartermijn ? bericht : vroegste))

    // On its last day it is still there; the day after it is gone.
    backend.clock.set(new Date(`${eerstVerlopen.bewaartermijn}T12:00:00+01:00`))
    expect((await api(`/berichten/${eerstVerlopen.berichtId}`)).status).toBe(200)
    verzetKlok(1)
    expect((await api(`/berichten/${eerstVerlopen.berichtId}`)).status).toBe(404)
    const daarna = await lijst('/berichten?paginaGrootte=200')
    expect(daarna.berichten.map((bericht) => bericht.berichtId)).not.toContain(eerstVerlopen.berichtId)

    verzetKlok(30)
    const over = (await lijst('/berichten?paginaGrootte=200')).berichten.map((bericht) => bericht.berichtId)
    for (const verlopen of bijnaWeg) expect(over).not.toContain(verlopen.berichtId)
  })

  it('brings every letter back on reset, dated from the clock at that moment', async () => {
    verzetKlok(400)
    expect((await aantallen()).perMap.postvak).toBeLessThan(31)
    backend.reset()
    expect(await aantallen()).toEqual({ ongelezen: 7, perMap: { postvak: 31, archief: 7, prullenbak: 2 } })
  })
})
