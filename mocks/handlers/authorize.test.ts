import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EIDAS_ACR } from '../../src/features/auth/assurance-levels'
import { backend, type Principal } from '../state/backend'
import { authorize, type Eis } from './authorize'

const principals: Record<string, Principal> = {
  fatima: { bsn: '999990019', acr: EIDAS_ACR.low },
  pieterVoorAnna: { bsn: '999990020', acr: EIDAS_ACR.low, represents: { bsn: '999990032' } },
  ruudVoorSanne: { bsn: '999990068', acr: EIDAS_ACR.substantial, represents: { bsn: '999990093' } },
  fatimaVoorKees: { bsn: '999990019', acr: EIDAS_ACR.low, represents: { bsn: '999990044' } },
}

beforeAll(() => backend.useTokenResolver(async (token) => principals[token] ?? null))
afterAll(() => backend.useTokenResolver(async () => null))

const met = (token?: string) => new Request('http://localhost/api/x', { headers: token ? { Authorization: `Bearer ${token}` } : {} })

async function weigering(token: string | undefined, eis: Eis) {
  const antwoord = await authorize(met(token), eis)
  if (!(antwoord instanceof Response)) throw new Error('toegang gegeven')
  return { status: antwoord.status, ...(await antwoord.json()) }
}

describe('authorize()', () => {
  it('gives the caller their own data', async () => {
    expect(await authorize(met('fatima'), { onderdeel: 'gegevens', gegevens: 'brp' })).toEqual({ principal: principals['fatima'], bsn: '999990019' })
  })

  it('refuses without a token (401) and below the level asked (403 acr-te-laag)', async () => {
    expect(await weigering(undefined, { onderdeel: 'gegevens', gegevens: 'brp' })).toMatchObject({ status: 401 })
    expect(await weigering('fatima', { onderdeel: 'berichten', niveau: EIDAS_ACR.substantial })).toMatchObject({ status: 403, code: 'acr-te-laag' })
  })

  it("gives a gemachtigde the represented person's data within the scope, with the acting person's name", async () => {
    expect(await authorize(met('pieterVoorAnna'), { onderdeel: 'berichten', organisatie: 'SVB' })).toMatchObject({ bsn: '999990032', gemachtigde: 'Pieter de Vries' })
    expect(await authorize(met('pieterVoorAnna'), { onderdeel: 'zaken', organisatie: 'gemeente amersfoort' })).toMatchObject({ bsn: '999990032' })
    expect(await authorize(met('ruudVoorSanne'), { onderdeel: 'gegevens', gegevens: 'inkomens', niveau: EIDAS_ACR.substantial })).toMatchObject({
      bsn: '999990093',
      gemachtigde: 'Ruud Smit',
    })
  })

  it('refuses outside the scope with 403 buiten-machtiging and says what is not covered', async () => {
    expect(await weigering('pieterVoorAnna', { onderdeel: 'berichten', organisatie: 'UWV' })).toMatchObject({
      status: 403,
      code: 'buiten-machtiging',
      detail: 'Uw machtiging voor Anna de Vries-Bakker geldt niet voor berichten van UWV.',
    })
    expect(await weigering('pieterVoorAnna', { onderdeel: 'zaken', organisatie: 'Gemeente Utrecht' })).toMatchObject({ code: 'buiten-machtiging' })
    expect(await weigering('ruudVoorSanne', { onderdeel: 'gegevens', gegevens: 'voertuigen' })).toMatchObject({ detail: expect.stringContaining('voertuigen') })
    expect(await weigering('fatimaVoorKees', { onderdeel: 'berichten' })).toMatchObject({ code: 'buiten-machtiging', detail: 'U mag niet namens Kees Bakker handelen.' })
  })

  it("gives someone acting for another their own data when asked for it (their name in the header)", async () => {
    expect(await authorize(met('pieterVoorAnna'), { onderdeel: 'gegevens', gegevens: 'brp', eigen: true })).toEqual({
      principal: principals['pieterVoorAnna'],
      bsn: '999990020',
    })
  })
})
