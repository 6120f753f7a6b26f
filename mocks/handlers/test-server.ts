import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { EIDAS_ACR } from '../../src/features/auth/assurance-levels'
import {
  handelingenLijstSchema,
  machtigingenLijstSchema,
  machtigingSchema,
  vertegenwoordigbarenSchema,
  vertegenwoordigingSchema,
  type Dienst,
} from '../../src/features/machtigingen/machtigingen.schemas'
import { problemSchema } from '../../src/shared/http/problem'
import { backend, type Principal } from '../state/backend'
import { DAG_MS, isoDatum } from '../state/dates'
import { handlers } from './index'
import { bound, dpopHeaders } from './test-dpop'

/** The test persons of DESIGN.md §5 (and a few for the Gegevens tests), by first name. */
export const BSN = {
  fatima: '999990019',
  pieter: '999990020',
  anna: '999990032',
  kees: '999990044',
  noor: '999990056',
  ruud: '999990068',
  henk: '999990081',
  sanne: '999990093',
  mohammed: '999990111',
  youssef: '999990123',
  sara: '999990135',
  yusuf: '999990147',
  /** Passes the elfproef, is in no registry. */
  vreemde: '999991000',
} as const

const LAAG = EIDAS_ACR.low
const SUBSTANTIEEL = EIDAS_ACR.substantial
const namens = (bsn: string) => ({ represents: { bsn } })

/**
 * Fake access tokens (bound to the test key, test-dpop.ts), shared by every domain's tests: people for themselves (at DigiD Midden, or Substantieel
 * where a test needs it), and people acting for someone else, with or without a machtiging in the backend.
 */
export const tokens = {
  fatima: { bsn: BSN.fatima, acr: LAAG },
  /** Logged in with DigiD Substantieel: may change the notification e-mail. */
  fatimaSubstantieel: { bsn: BSN.fatima, acr: SUBSTANTIEEL },
  pieter: { bsn: BSN.pieter, acr: LAAG },
  pieterSubstantieel: { bsn: BSN.pieter, acr: SUBSTANTIEEL },
  anna: { bsn: BSN.anna, acr: LAAG },
  /** May grant a machtiging. */
  annaSubstantieel: { bsn: BSN.anna, acr: SUBSTANTIEEL },
  kees: { bsn: BSN.kees, acr: LAAG },
  noor: { bsn: BSN.noor, acr: LAAG },
  noorSubstantieel: { bsn: BSN.noor, acr: SUBSTANTIEEL },
  ruud: { bsn: BSN.ruud, acr: LAAG },
  henk: { bsn: BSN.henk, acr: LAAG },
  /** May send a correctieverzoek (MFO). */
  henkSubstantieel: { bsn: BSN.henk, acr: SUBSTANTIEEL },
  sanne: { bsn: BSN.sanne, acr: LAAG },
  vreemde: { bsn: BSN.vreemde, acr: LAAG },
  /** Anna's machtiging: her post from SVB and the Belastingdienst, her zaken at Gemeente Amersfoort. */
  pieterVoorAnna: { bsn: BSN.pieter, acr: LAAG, ...namens(BSN.anna) },
  pieterSubstantieelVoorAnna: { bsn: BSN.pieter, acr: SUBSTANTIEEL, ...namens(BSN.anna) },
  /** Beschermingsbewind: all post and zaken, and the income data, of each of his three clients. */
  ruudVoorHenk: { bsn: BSN.ruud, acr: LAAG, ...namens(BSN.henk) },
  ruudVoorSanne: { bsn: BSN.ruud, acr: SUBSTANTIEEL, ...namens(BSN.sanne) },
  ruudVoorMohammed: { bsn: BSN.ruud, acr: LAAG, ...namens(BSN.mohammed) },
  /** A login that claims to act for Kees, with no machtiging behind it. */
  fatimaVoorKees: { bsn: BSN.fatima, acr: LAAG, ...namens(BSN.kees) },
  /** Kees for Anna: only once Anna gave him a machtiging and he accepted it. */
  keesVoorAnna: { bsn: BSN.kees, acr: LAAG, ...namens(BSN.anna) },
} satisfies Record<string, Principal>

export type Token = keyof typeof tokens
const principals: Record<string, Principal> = tokens

/**
 * msw/node with all handlers (so registration is tested too) and a fresh seed after every test. Returns the
 * server, so a test can put a failing source in front (`server.use`); that too is undone after each test.
 */
export function useTestServer() {
  const server = setupServer(...handlers)
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' })
    backend.useTokenResolver(async (token) => bound(principals[token]))
  })
  afterEach(() => {
    server.resetHandlers()
    backend.reset()
  })
  afterAll(() => server.close())
  return server
}

export interface Vraag {
  token?: Token | null
  method?: string
  body?: unknown
  contentType?: string
}

/** A request to /api, as the app would make it. `pad` is below /api, or a HAL href that starts with /api/. */
export async function api(pad: string, { token = 'fatima', method = 'GET', body, contentType = 'application/json' }: Vraag = {}) {
  const url = pad.startsWith('/api/') ? `http://localhost${pad}` : `http://localhost/api${pad}`
  return fetch(url, {
    method,
    headers: {
      ...(token ? await dpopHeaders(method, url, token) : {}),
      ...(body === undefined ? {} : { 'Content-Type': contentType }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

/** A problem+json body, read with the app's own problem schema. */
export async function probleem(response: Response) {
  if (!response.headers.get('content-type')?.includes('application/problem+json')) throw new Error(`geen problem+json: ${response.status}`)
  return v.parse(problemSchema, await response.json())
}

/** Why authorize() refused someone acting for another (mocks/handlers/authorize.ts). */
export type Reden = 'ingetrokken' | 'verlopen' | 'geen' | 'buiten-bereik' | 'nooit'

/** Asserts the one refusal a gemachtigde gets outside the machtiging: 403 problem+json `buiten-machtiging`. */
export async function buitenMachtiging(response: Response, reden?: Reden, wat = `${response.url}`) {
  expect(response.status, wat).toBe(403)
  expect(response.headers.get('content-type'), wat).toContain('application/problem+json')
  const body = await probleem(response)
  expect(body.code, wat).toBe('buiten-machtiging')
  if (reden) expect(body['reden'], wat).toBe(reden)
  return body
}

/** Moves the mock clock forward (the seed stays where it is: machtigingen expire, codes run out). */
export const verzetKlok = ({ dagen = 0, seconden = 0 }: { dagen?: number; seconden?: number }) =>
  backend.clock.set(new Date(backend.clock.now().getTime() + dagen * DAG_MS + seconden * 1000))

/** Today by the mock clock, yyyy-mm-dd in Amsterdam, and a day that many days away. */
export const vandaag = (dagen = 0) => isoDatum(backend.clock.now().getTime() + dagen * DAG_MS)

// The Machtigingen API, read with the app's own schemas (src/features/machtigingen/machtigingen.schemas.ts).

/** Anna's machtiging to Pieter (SVB, Belastingdienst, zaken at Gemeente Amersfoort), and the one that ran out. */
export const MACHTIGING = { annaPieter: '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8a01', annaPieterVerlopen: '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8a02', bewindHenk: '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8b01' }

async function gelezen<TSchema extends v.GenericSchema>(schema: TSchema, response: Response, wat: string): Promise<v.InferOutput<TSchema>> {
  if (!response.ok) throw new Error(`${wat}: ${response.status} ${await response.text()}`)
  return v.parse(schema, await response.json())
}

export const machtigingenVan = async (token: Token) => (await gelezen(machtigingenLijstSchema, await api('/machtigingen', { token }), 'machtigingen')).machtigingen

export const geefMachtiging = (body: unknown, token: Token = 'annaSubstantieel') => api('/machtigingen', { token, method: 'POST', body })

/** A valid new machtiging of Anna's: to `bsn`, for what `diensten` says, for a month. */
export const nieuweMachtiging = (bsn: string, diensten: readonly Dienst[] = [{ dienst: 'berichten' }], geldigTot = vandaag(30)) => ({
  gemachtigde: { burgerservicenummer: bsn },
  diensten,
  geldigTot,
})

export async function gegeven(body: unknown, token: Token = 'annaSubstantieel') {
  const response = await geefMachtiging(body, token)
  if (response.status !== 201) throw new Error(`geef: ${response.status} ${await response.text()}`)
  return v.parse(machtigingSchema, await response.json())
}

export const wijzigMachtiging = (id: string, status: string, token: Token) => api(`/machtigingen/${id}`, { token, method: 'PATCH', body: { status } })

export async function gewijzigd(id: string, status: string, token: Token) {
  return gelezen(machtigingSchema, await wijzigMachtiging(id, status, token), `wijzig ${id}`)
}

export const huidige = async (token: Token) => gelezen(vertegenwoordigingSchema, await api('/machtigingen/_huidige', { token }), '_huidige')

export const voorWie = async (token: Token) => (await gelezen(vertegenwoordigbarenSchema, await api('/machtigingen/_voor-wie', { token }), '_voor-wie')).vertegenwoordigden

export const handelingen = async (token: Token, query = '') => gelezen(handelingenLijstSchema, await api(`/machtigingen/handelingen${query}`, { token }), 'handelingen')
