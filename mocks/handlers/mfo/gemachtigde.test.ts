import { describe, expect, it } from 'vitest'
import { dpopHeaders } from '../test-dpop'
import { api } from '../test-server'
import { buitenMachtiging, geuploadeBijlage, ingediend, useTestServer, yusufsAchternaam } from './test-server'

useTestServer()

/** Henk asks to correct his voornamen, with a private file; Ruud is his bewindvoerder for all his zaken. */
async function verzoekVanHenk() {
  const bijlage = await geuploadeBijlage('medische-verklaring.pdf', undefined, 'henkSubstantieel')
  const body = yusufsAchternaam({ gegeven: { id: 'brp.999990081.voornamen', huidigeWaarde: 'Henk' }, gewensteWaarde: 'Hendrik', bijlagen: [bijlage.id] })
  return ingediend(body, { token: 'henkSubstantieel' })
}

describe('a correctieverzoek is the person’s own business, also as a zaak', () => {
  it('is not in the zaken a bewindvoerder sees, though his bewind covers zaken of every organisation', async () => {
    const verzoek = await verzoekVanHenk()
    const henk = (await (await api('/zaken/zaken', { token: 'henk' })).json()) as { results: { uuid: string }[] }
    expect(henk.results.map((zaak) => zaak.uuid)).toContain(verzoek.zaak.uuid)
    const ruud = (await (await api('/zaken/zaken', { token: 'ruudVoorHenk' })).json()) as { results: { uuid: string }[]; count: number }
    expect(ruud.results.map((zaak) => zaak.uuid)).not.toContain(verzoek.zaak.uuid)
    const aantallen = (await (await api('/zaken/_aantallen', { token: 'ruudVoorHenk' })).json()) as { totaal?: number }
    const eigen = (await (await api('/zaken/_aantallen', { token: 'henk' })).json()) as { totaal?: number }
    expect(aantallen).not.toEqual(eigen)
  })

  it('refuses him the zaak, its documents and adding one, as never open to a gemachtigde', async () => {
    const verzoek = await verzoekVanHenk()
    const zaak = await (await api(`/zaken/zaken/${verzoek.zaak.uuid}`, { token: 'henk' })).json() as { _expand?: { zaakinformatieobjecten?: { _expand?: { informatieobject?: { inhoud?: string } } }[] } }
    const inhoud = zaak._expand?.zaakinformatieobjecten?.[0]?._expand?.informatieobject?.inhoud
    expect(inhoud).toBeDefined()
    await buitenMachtiging(await api(`/zaken/zaken/${verzoek.zaak.uuid}`, { token: 'ruudVoorHenk' }), 'nooit')
    await buitenMachtiging(await api(inhoud ?? '', { token: 'ruudVoorHenk' }), 'nooit')
    const form = new FormData()
    form.append('bestand', new File(['%PDF-1.7\n'], 'extra.pdf'))
    const url = `http://localhost/api/zaken/zaken/${verzoek.zaak.uuid}/bestanden`
    const toevoegen = await fetch(url, {
      method: 'POST',
      headers: { ...(await dpopHeaders('POST', url, 'ruudVoorHenk')), 'Idempotency-Key': 'ruud-1' },
      body: form,
    })
    await buitenMachtiging(toevoegen, 'nooit')
  })
})
