import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { problemSchema } from '../../../src/shared/http/problem'
import { backend, type Principal } from '../../state/backend'
import { handlers } from '../index'
import { leesGebruikRegels } from './contract'

const LAAG = EIDAS_ACR.low

/** Fake tokens: people for themselves, a gemachtigde, a bewindvoerder, and someone the mock BRP does not know. */
export const tokens = {
  fatima: { bsn: '999990019', acr: LAAG },
  fatimaSubstantieel: { bsn: '999990019', acr: EIDAS_ACR.substantial },
  noor: { bsn: '999990056', acr: LAAG },
  kees: { bsn: '999990044', acr: LAAG },
  anna: { bsn: '999990032', acr: LAAG },
  henk: { bsn: '999990081', acr: LAAG },
  pieterVoorAnna: { bsn: '999990020', acr: LAAG, represents: { bsn: '999990032' } },
  ruudVoorHenk: { bsn: '999990068', acr: LAAG, represents: { bsn: '999990081' } },
  /** Passes the elfproef, is in no registry. */
  vreemde: { bsn: '999991000', acr: LAAG },
} satisfies Record<string, Principal>

export type Token = keyof typeof tokens
const principals: Record<string, Principal> = tokens

export const BSN = { fatima: '999990019', youssef: '999990123', sara: '999990135', yusuf: '999990147', kees: '999990044', noor: '999990056', anna: '999990032', henk: '999990081' } as const

/**
 * msw/node with all handlers (so registration is tested too) and a fresh seed after every test. Returns the
 * server, so a test can put a failing source in front (`server.use`); that too is undone after each test.
 */
export function useGegevensServer() {
  const server = setupServer(...handlers)
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' })
    backend.useTokenResolver(async (token) => principals[token] ?? null)
  })
  afterEach(() => {
    server.resetHandlers()
    backend.reset()
  })
  afterAll(() => server.close())
  return server
}

interface Vraag {
  token?: Token | null
  method?: string
  body?: unknown
  contentType?: string
}

/** A request to /api, as the app would make it. */
export function api(pad: string, { token = 'fatima', method = 'GET', body, contentType = 'application/json' }: Vraag = {}) {
  return fetch(`http://localhost/api${pad}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': contentType }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

/** POST /brp/personen for one BSN, as the app asks it. */
export const personen = (bsn: string, fields: readonly string[], token: Token = 'fatima') =>
  api('/brp/personen', { token, method: 'POST', body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields } })

export const historie = (bsn: string, token: Token = 'fatima', periode: { datumVan?: string; datumTot?: string } = {}) =>
  api('/brp/verblijfplaatshistorie', { token, method: 'POST', body: { type: 'RaadpleegMetPeriode', burgerservicenummer: bsn, datumVan: '1900-01-01', ...periode } })

/** The whole usage log of a person, straight from the state, checked against the contract. */
export const logVan = (bsn: string) => leesGebruikRegels(backend.gegevens.gebruik.alle(bsn))

/** A problem+json body, read with the app's own problem schema. */
export async function probleem(response: Response) {
  if (!response.headers.get('content-type')?.includes('application/problem+json')) throw new Error(`geen problem+json: ${response.status}`)
  return v.parse(problemSchema, await response.json())
}

/** A moment (ISO) that is the mock clock's now, give or take a second: the clock keeps running. */
export const isNu = (tijdstip: string | undefined) => Math.abs(Date.parse(tijdstip ?? '') - backend.clock.now().getTime()) < 1000

/** Moves the mock clock by whole days. */
export const verzetKlok = (dagen: number) => backend.clock.set(new Date(backend.clock.now().getTime() + dagen * 24 * 60 * 60 * 1000))
