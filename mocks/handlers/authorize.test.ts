import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EIDAS_ACR } from '../../src/features/auth/assurance-levels'
import { backend, type Principal } from '../state/backend'
import { authorize, type Eis, type Toegang } from './authorize'
import { bound, dpopHeaders } from './test-dpop'
import { BSN, MACHTIGING, tokens, verzetKlok } from './test-server'

const principals: Record<string, Principal> = tokens

beforeAll(() => backend.useTokenResolver(async (token) => bound(principals[token])))
afterEach(() => backend.reset())
afterAll(() => backend.useTokenResolver(async () => null))

/** A request as the app sends it: the token with a fresh DPoP proof (one Request, one proof). */
async function met(token?: string, method = 'GET') {
  const url = 'http://localhost/api/x'
  return new Request(url, { method, headers: token ? await dpopHeaders(method, url, token) : {} })
}

async function weigering(token: string | undefined, eis: Eis, method?: string) {
  const antwoord = await authorize(await met(token, method), eis)
  if (!(antwoord instanceof Response)) throw new Error('toegang gegeven')
  expect(antwoord.headers.get('content-type')).toBe('application/problem+json')
  return { status: antwoord.status, ...(await antwoord.json()) }
}

async function toegang(token: string, eis: Eis, method?: string): Promise<Toegang> {
  const antwoord = await authorize(await met(token, method), eis)
  if (antwoord instanceof Response) throw new Error(`geweigerd: ${antwoord.status} ${await antwoord.text()}`)
  return antwoord
}

const regelsVan = (bsn: string) => backend.machtigingen.handelingen.lijst(bsn, 0, 100).handelingen

describe('authorize()', () => {
  it('gives the caller their own data', async () => {
    expect(await authorize(await met('fatima'), { onderdeel: 'gegevens', gegevens: 'brp' })).toEqual({ principal: bound(principals['fatima']), bsn: '999990019' })
    // Settings, e-mail and the like are the person's own: open to them.
    expect(await toegang('fatima', { onderdeel: 'persoonlijk', wat: 'instellingen' })).toEqual({ principal: bound(principals['fatima']), bsn: BSN.fatima })
  })

  it('refuses without a token (401) and below the level asked (403 acr-te-laag)', async () => {
    expect(await weigering(undefined, { onderdeel: 'gegevens', gegevens: 'brp' })).toMatchObject({ status: 401 })
    expect(await weigering('fatima', { onderdeel: 'berichten', niveau: EIDAS_ACR.substantial })).toMatchObject({ status: 403, code: 'acr-te-laag' })
  })

  it("gives a gemachtigde the represented person's data within the scope, with the acting person's name", async () => {
    expect(await authorize(await met('pieterVoorAnna'), { onderdeel: 'berichten', organisatie: 'SVB' })).toMatchObject({ bsn: '999990032', gemachtigde: 'Pieter de Vries' })
    expect(await authorize(await met('pieterVoorAnna'), { onderdeel: 'zaken', organisatie: 'gemeente amersfoort' })).toMatchObject({ bsn: '999990032' })
    expect(await authorize(await met('ruudVoorSanne'), { onderdeel: 'gegevens', gegevens: 'inkomens', niveau: EIDAS_ACR.substantial })).toMatchObject({
      bsn: '999990093',
      gemachtigde: 'Ruud Smit',
    })
  })

  it('says under what: the role, the legal ground and the scope', async () => {
    expect((await toegang('pieterVoorAnna', { onderdeel: 'berichten' })).namens).toMatchObject({
      rol: 'gemachtigde',
      grondslag: 'Machtiging via DigiD Machtigen',
      bereik: { berichten: ['SVB', 'Belastingdienst'], zaken: ['Gemeente Amersfoort'] },
    })
    expect((await toegang('ruudVoorHenk', { onderdeel: 'zaken' })).namens).toMatchObject({
      rol: 'bewindvoerder',
      grondslag: expect.stringContaining('beschermingsbewind'),
      bereik: { berichten: 'alle', zaken: 'alle', gegevens: ['inkomens'] },
    })
  })

  it('refuses outside the scope with 403 buiten-machtiging and says what is not covered', async () => {
    expect(await weigering('pieterVoorAnna', { onderdeel: 'berichten', organisatie: 'UWV' })).toMatchObject({
      status: 403,
      code: 'buiten-machtiging',
      reden: 'buiten-bereik',
      detail: 'Uw machtiging voor Anna de Vries-Bakker geldt niet voor berichten van UWV.',
    })
    expect(await weigering('pieterVoorAnna', { onderdeel: 'zaken', organisatie: 'Gemeente Utrecht' })).toMatchObject({ code: 'buiten-machtiging' })
    expect(await weigering('ruudVoorSanne', { onderdeel: 'gegevens', gegevens: 'voertuigen' })).toMatchObject({ detail: expect.stringContaining('voertuigen') })
    expect(await weigering('fatimaVoorKees', { onderdeel: 'berichten' })).toMatchObject({ code: 'buiten-machtiging', reden: 'geen', detail: 'U mag niet namens Kees Bakker handelen.' })
  })

  it("never gives a gemachtigde the person's own business (reden nooit), whatever the level", async () => {
    for (const wat of ['instellingen', 'e-mail', 'voorgoed-verwijderen', 'machtigingen'] as const) {
      for (const token of ['pieterVoorAnna', 'pieterSubstantieelVoorAnna', 'ruudVoorSanne']) {
        expect(await weigering(token, { onderdeel: 'persoonlijk', wat, niveau: EIDAS_ACR.substantial }), `${token} ${wat}`).toMatchObject({
          status: 403,
          code: 'buiten-machtiging',
          reden: 'nooit',
        })
      }
    }
    expect((await weigering('pieterVoorAnna', { onderdeel: 'persoonlijk', wat: 'e-mail' })).detail).toBe(
      'Als gemachtigde kunt u het e-mailadres voor meldingen niet doen voor Anna de Vries-Bakker.',
    )
  })

  it('asks the level only within the machtiging: outside it the answer is buiten-machtiging, not a step-up', async () => {
    expect(await weigering('pieterVoorAnna', { onderdeel: 'berichten', organisatie: 'SVB', niveau: EIDAS_ACR.substantial })).toMatchObject({ code: 'acr-te-laag' })
    expect(await weigering('pieterVoorAnna', { onderdeel: 'berichten', organisatie: 'UWV', niveau: EIDAS_ACR.substantial })).toMatchObject({ code: 'buiten-machtiging' })
    expect(await toegang('pieterSubstantieelVoorAnna', { onderdeel: 'berichten', organisatie: 'SVB', niveau: EIDAS_ACR.substantial })).toMatchObject({ bsn: BSN.anna })
  })

  it('checks the backend on every request: revoked (reden ingetrokken) and run out (reden verlopen)', async () => {
    await toegang('pieterVoorAnna', { onderdeel: 'berichten' })
    backend.machtigingen.wijzig(BSN.anna, MACHTIGING.annaPieter, 'ingetrokken')
    expect(await weigering('pieterVoorAnna', { onderdeel: 'berichten' })).toMatchObject({ code: 'buiten-machtiging', reden: 'ingetrokken' })
    // Revoked is revoked, also for what was never covered and what never is.
    expect(await weigering('pieterVoorAnna', { onderdeel: 'persoonlijk', wat: 'instellingen' })).toMatchObject({ reden: 'ingetrokken' })

    backend.reset()
    verzetKlok({ dagen: 400 })
    expect(await weigering('pieterVoorAnna', { onderdeel: 'zaken' })).toMatchObject({ code: 'buiten-machtiging', reden: 'verlopen' })
    // The bewind runs longer.
    expect(await toegang('ruudVoorHenk', { onderdeel: 'zaken' })).toMatchObject({ bsn: BSN.henk })
  })

  it("gives someone acting for another their own data when asked for it (their name in the header)", async () => {
    expect(await authorize(await met('pieterVoorAnna'), { onderdeel: 'gegevens', gegevens: 'brp', eigen: true })).toEqual({
      principal: bound(principals['pieterVoorAnna']),
      bsn: '999990020',
    })
    // Also once the machtiging is gone: it is about themselves.
    backend.machtigingen.wijzig(BSN.anna, MACHTIGING.annaPieter, 'ingetrokken')
    expect(await toegang('pieterVoorAnna', { onderdeel: 'berichten', eigen: true })).toMatchObject({ bsn: BSN.pieter })
  })
})

describe('authorize(): the record of what was done on behalf', () => {
  it('logs every request on behalf, allowed or refused, on the represented person’s list', async () => {
    await toegang('pieterVoorAnna', { onderdeel: 'berichten', organisatie: 'SVB' }, 'PATCH')
    await weigering('pieterVoorAnna', { onderdeel: 'berichten', organisatie: 'UWV' })
    await weigering('pieterVoorAnna', { onderdeel: 'persoonlijk', wat: 'voorgoed-verwijderen' }, 'DELETE')
    await weigering('pieterVoorAnna', { onderdeel: 'gegevens', gegevens: 'brp' }, 'POST')
    expect(regelsVan(BSN.anna).map(({ actie, gegevens, toegestaan, gemachtigde }) => ({ actie, gegevens, toegestaan, gemachtigde }))).toEqual([
      { actie: 'Bekeken', gegevens: 'Gegevens uit de Basisregistratie Personen', toegestaan: false, gemachtigde: { naam: 'Pieter de Vries' } },
      { actie: 'Verwijderd', gegevens: 'Berichten voorgoed verwijderen', toegestaan: false, gemachtigde: { naam: 'Pieter de Vries' } },
      { actie: 'Bekeken', gegevens: 'Berichten van UWV', toegestaan: false, gemachtigde: { naam: 'Pieter de Vries' } },
      { actie: 'Gewijzigd', gegevens: 'Berichten van SVB', toegestaan: true, gemachtigde: { naam: 'Pieter de Vries' } },
    ])
  })

  it('logs a login acting for someone without a machtiging on that person’s list, as refused', async () => {
    await weigering('fatimaVoorKees', { onderdeel: 'zaken' })
    expect(regelsVan(BSN.kees)).toEqual([expect.objectContaining({ gemachtigde: { naam: 'Fatima El Amrani' }, gegevens: 'Zaken', toegestaan: false })])
  })

  it('logs nothing for the person’s own requests, nor for the acting person’s own data', async () => {
    await toegang('anna', { onderdeel: 'berichten' })
    await toegang('pieterVoorAnna', { onderdeel: 'gegevens', gegevens: 'brp', eigen: true })
    expect(regelsVan(BSN.anna)).toEqual([])
    expect(regelsVan(BSN.pieter)).toEqual([])
  })

  it('lets the handler say precisely what it did, merging with the same line of the last 15 minutes', async () => {
    for (const _keer of [1, 2]) {
      const { namens } = await toegang('pieterVoorAnna', { onderdeel: 'berichten', organisatie: 'SVB' }, 'PATCH')
      namens?.beschrijf('Bericht verplaatst naar het archief', 'Bericht van SVB: Uw AOW')
    }
    expect(regelsVan(BSN.anna)).toEqual([expect.objectContaining({ actie: 'Bericht verplaatst naar het archief', gegevens: 'Bericht van SVB: Uw AOW', aantal: 2 })])
  })

  it('puts an allowed request on behalf of post or zaken in the usage log, not a refused one', async () => {
    const voor = backend.gegevens.gebruik.alle(BSN.anna).length
    await weigering('pieterVoorAnna', { onderdeel: 'berichten', organisatie: 'UWV' })
    expect(backend.gegevens.gebruik.alle(BSN.anna)).toHaveLength(voor)
    await toegang('pieterVoorAnna', { onderdeel: 'zaken' })
    expect(backend.gegevens.gebruik.alle(BSN.anna)[0]).toMatchObject({ gemachtigde: 'Pieter de Vries', gegevens: ['Zaken'], doel: 'Uw gemachtigde regelde zaken voor u in Mijn Overheid' })
  })
})

describe('an id that is not among the owner’s data (onbekend)', () => {
  it('passes for the owner (the handler says 404) and is outside the machtiging, logged as refused, for someone acting for them', async () => {
    expect(await authorize(await met('anna'), { onderdeel: 'berichten', onbekend: true })).toMatchObject({ bsn: BSN.anna })
    expect(await weigering('pieterVoorAnna', { onderdeel: 'berichten', onbekend: true })).toMatchObject({ status: 403, code: 'buiten-machtiging', reden: 'buiten-bereik' })
    expect(backend.machtigingen.handelingen.lijst(BSN.anna, 0, 10).handelingen[0]).toMatchObject({ toegestaan: false })
  })
})
