import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { BESTAND_VELD } from '../../../src/features/zaken/zaken.schemas'
import { problemSchema } from '../../../src/shared/http/problem'
import { backend, type Principal } from '../../state/backend'
import { handlers } from '../index'
import { leesLijst, leesZaak } from './contract'

const LAAG = EIDAS_ACR.low

/** Fake tokens: people for themselves, a gemachtigde and a bewindvoerder. */
export const tokens = {
  fatima: { bsn: '999990019', acr: LAAG },
  noor: { bsn: '999990056', acr: LAAG },
  kees: { bsn: '999990044', acr: LAAG },
  anna: { bsn: '999990032', acr: LAAG },
  pieterVoorAnna: { bsn: '999990020', acr: LAAG, represents: { bsn: '999990032' } },
  ruudVoorHenk: { bsn: '999990068', acr: LAAG, represents: { bsn: '999990081' } },
} satisfies Record<string, Principal>

export type Token = keyof typeof tokens
const principals: Record<string, Principal> = tokens

/** msw/node with all handlers (so registration is tested too) and a fresh seed after every test. */
export function useZakenServer() {
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
}

/** A request to /api, as the app would make it. */
export function api(pad: string, { token = 'fatima', method = 'GET', body }: Vraag = {}) {
  return fetch(`http://localhost/api${pad}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

/** An upload as the app sends it: multipart/form-data with the file in the field `bestand`. */
export function upload(pad: string, bestand: { naam: string; bytes: Uint8Array; type?: string }, token: Token = 'fatima') {
  const form = new FormData()
  form.append(BESTAND_VELD, new File([new Uint8Array(bestand.bytes)], bestand.naam, { type: bestand.type ?? 'application/octet-stream' }))
  return fetch(`http://localhost/api${pad}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
}

/** The first bytes of real files, and of a Windows program (a renamed .exe starts with "MZ"). */
export const BYTES = {
  pdf: new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  jpg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
  exe: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
}

export async function lijst(query = '', token: Token = 'fatima') {
  const response = await api(`/zaken/zaken${query}`, { token })
  if (response.status !== 200) throw new Error(`lijst: ${response.status}`)
  return leesLijst(await response.json())
}

/** Fatima's zaak with this omschrijving (the whole detail). */
export async function zaakVan(omschrijving: string, token: Token = 'fatima') {
  const samenvatting = (await lijst('?pageSize=100', token)).results.find((zaak) => zaak.omschrijving.startsWith(omschrijving))
  if (!samenvatting) throw new Error(`geen zaak ${omschrijving}`)
  return leesZaak(await (await api(`/zaken/zaken/${samenvatting.uuid}`, { token })).json())
}

/** A problem+json body, read with the app's own problem schema. */
export async function probleem(response: Response) {
  if (!response.headers.get('content-type')?.includes('application/problem+json')) throw new Error(`geen problem+json: ${response.status}`)
  return v.parse(problemSchema, await response.json())
}

/** Moves the mock clock by seconds. */
export const verzetKlok = (seconden: number) => backend.clock.set(new Date(backend.clock.now().getTime() + seconden * 1000))
