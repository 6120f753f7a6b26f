import { describe, it } from 'vitest'
import { backend } from '/work/main/mocks/state/backend'
import { api, BSN, geefMachtiging, handelingen, nieuweMachtiging, tokens, useTestServer, wijzigMachtiging, type Token } from '/work/main/mocks/handlers/test-server'

useTestServer()
const log = (...a: unknown[]) => console.log('[PROBE]', ...a)
Object.assign(tokens, { keesVoorFatima: { bsn: BSN.kees, acr: 'http://eidas.europa.eu/LoA/low', represents: { bsn: BSN.fatima } } })
const K = 'keesVoorFatima' as Token

describe('zaken-only machtiging: letters of the zaak', () => {
  it('kees for fatima, zaken only', async () => {
    const r = await geefMachtiging(nieuweMachtiging(BSN.kees, [{ dienst: 'zaken' }]), 'fatimaSubstantieel')
    const id = (await r.json()).id
    log('accept', (await wijzigMachtiging(id, 'actief', 'kees')).status)
    const zaken = (await (await api('/zaken/zaken?pageSize=100', { token: 'fatima' })).json()).results as { uuid: string; organisatie: string }[]
    for (const z of zaken) {
      const zaak = backend.zaken.vind(BSN.fatima, z.uuid)
      if (!zaak?.berichtIds.length) continue
      const d = await api(`/zaken/zaken/${z.uuid}`, { token: K })
      const body = await d.json()
      log('kees sees zaak', z.organisatie, d.status, 'berichten:', JSON.stringify(body.berichten))
      const b = zaak.berichtIds[0]!
      const rb = await api(`/berichten/${b}`, { token: K })
      log('kees GET that bericht', rb.status, (await rb.text()).slice(0, 200))
      const vb = await api(`/zaken/_voor-bericht/${b}`, { token: K })
      log('_voor-bericht', vb.status, (await vb.text()).slice(0, 200))
      const re = await api(`/zaken/zaken/${z.uuid}/reacties`, { token: K, method: 'POST', body: { berichtId: b, tekst: 'Reactie van Kees' } })
      log('reactie on unreadable letter', re.status, (await re.text()).slice(0, 200))
      // task answers linked to letters
      const taak = zaak.taken.find((t) => t.berichtId && t.afgerondOp === undefined)
      if (taak) log('task linked to letter', taak.soort, taak.omschrijving)
      break
    }
    log('fatima handelingen', JSON.stringify((await handelingen('fatima')).handelingen.map((h) => [h.actie, h.gegevens, h.toegestaan])))
  })
})
