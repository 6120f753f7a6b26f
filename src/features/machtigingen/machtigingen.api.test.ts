import { describe, expect, it } from 'vitest'
import { backend } from '../../../mocks/state/backend'
import { createHttpClient, isApiError } from '@/shared/http'
import { fetchVoorWie, isTeLaagNiveau, machtigingenApi } from './machtigingen.api'
import { BSN, useMachtigingenServer } from './machtigingen.test-context'
import { testProof } from '@/test/dpop'

const server = useMachtigingenServer()

const http = (token: string) => createHttpClient({ baseUrl: `${window.location.origin}/api`, getAccessToken: async () => token, proveKey: testProof, sleep: async () => undefined })
const api = (token: string) => machtigingenApi(http(token))
const overEenJaar = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10)
const nieuw = () => ({ gemachtigde: { burgerservicenummer: BSN.noor }, diensten: [{ dienst: 'zaken' as const }], geldigTot: overEenJaar() })

describe('machtigingenApi, against the mock API', () => {
  it("reads Anna's machtigingen: the active one to Pieter, with its services, and an expired one", async () => {
    const lijst = await api('anna').lijst()
    const actief = lijst.find((machtiging) => machtiging.status === 'actief')
    expect(actief).toMatchObject({
      richting: 'gegeven',
      gemachtigde: { burgerservicenummer: BSN.pieter },
      diensten: [{ dienst: 'berichten', organisaties: ['SVB', 'Belastingdienst'] }, { dienst: 'zaken', organisaties: ['Gemeente Amersfoort'] }],
      intrekbaar: true,
    })
    expect(lijst.map((machtiging) => machtiging.status)).toContain('verlopen')
  })

  it('reads the catalogue of what can be granted', async () => {
    const catalogus = await api('anna').catalogus()
    expect(catalogus.organisaties.berichten).toContain('SVB')
    expect(catalogus.organisaties.zaken).toContain('Gemeente Amersfoort')
    expect(catalogus.gegevensOnderdelen.map(({ onderdeel }) => onderdeel)).toContain('inkomens')
  })

  it('grants with the Idempotency-Key it is given (the server keeps the first answer), and only at Substantieel', async () => {
    const sleutels: (string | null)[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') sleutels.push(request.headers.get('Idempotency-Key'))
    })
    const sleutel = crypto.randomUUID()
    expect(await api('annaSubstantieel').geef(nieuw(), sleutel)).toMatchObject({ status: 'wacht-op-acceptatie', richting: 'gegeven', gemachtigde: { naam: 'burgerservicenummer 999990056' } })
    expect(sleutels).toEqual([sleutel])
    expect(backend.machtigingen.lijst(BSN.anna).filter((machtiging) => machtiging.gemachtigde.burgerservicenummer === BSN.noor)).toHaveLength(1)
    server.events.removeAllListeners()

    const teLaag = await api('anna').geef(nieuw(), crypto.randomUUID()).catch((error: unknown) => error)
    expect(isTeLaagNiveau(teLaag)).toBe(true)
  })

  it('lets the gemachtigde accept a new one, and the volmachtgever revoke it', async () => {
    const gegeven = await api('annaSubstantieel').geef({ ...nieuw(), gemachtigde: { burgerservicenummer: BSN.pieter } }, crypto.randomUUID())
    expect(await api('pieter').wijzigStatus(gegeven.id, 'actief')).toMatchObject({ status: 'actief', richting: 'ontvangen' })
    expect(await api('anna').wijzigStatus(gegeven.id, 'ingetrokken')).toMatchObject({ status: 'ingetrokken', intrekbaar: false })
    const opnieuw = await api('pieter').wijzigStatus(gegeven.id, 'actief').catch((error: unknown) => error)
    expect(isApiError(opnieuw) && opnieuw.kind).toBe('conflict')
  })

  it('pages what was done on her behalf', async () => {
    for (let i = 0; i < 25; i++) {
      backend.machtigingen.handelingen.legVast({ volmachtgever: BSN.anna, gemachtigde: BSN.pieter, actie: 'Bekeken', gegevens: `Bericht ${i}`, toegestaan: true })
    }
    const eerste = await api('anna').handelingen(1)
    expect(eerste.handelingen).toHaveLength(20)
    expect(eerste.totaal).toBe(25)
    expect((await api('anna').handelingen(2)).handelingen).toHaveLength(5)
  })

  it('says whom Pieter and Ruud may act for', async () => {
    expect(await fetchVoorWie(http('pieter'))).toEqual([{ burgerservicenummer: BSN.anna, naam: 'Anna de Vries-Bakker', soort: 'machtiging' }])
    const clienten = await api('ruud').voorWie()
    expect(clienten).toHaveLength(3)
    expect(new Set(clienten.map(({ soort }) => soort))).toEqual(new Set(['bewind']))
  })
})
