import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { aantallenSchema } from '../../../src/features/berichten/berichten-aantallen.api'
import { problemSchema } from '../../../src/shared/http/problem'
import { backend, type Principal } from '../../state/backend'
import { volgensContract } from '../contract'
import { handlers } from '../index'
import { leesBericht, leesLijst } from './contract'

const LAAG = EIDAS_ACR.low

/** Fake tokens: a person logged in for themselves, or on behalf of someone else. */
export const tokens = {
  fatima: { bsn: '999990019', acr: LAAG },
  /** Logged in with DigiD Substantieel: may change the notification e-mail. */
  fatimaSubstantieel: { bsn: '999990019', acr: EIDAS_ACR.substantial },
  kees: { bsn: '999990044', acr: LAAG },
  noor: { bsn: '999990056', acr: LAAG },
  noorSubstantieel: { bsn: '999990056', acr: EIDAS_ACR.substantial },
  anna: { bsn: '999990032', acr: LAAG },
  pieterVoorAnna: { bsn: '999990020', acr: LAAG, represents: { bsn: '999990032' } },
} satisfies Record<string, Principal>

export type Token = keyof typeof tokens
const principals: Record<string, Principal> = tokens

/** msw/node with all handlers (so registration is tested too) and a fresh seed after every test. */
export function useBerichtenServer() {
  const server = setupServer(...handlers)
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' })
    backend.useTokenResolver(async (token) => principals[token] ?? null)
  })
  afterEach(() => backend.reset())
  afterAll(() => server.close())
}

interface Vraag {
  token?: Token | null
  method?: string
  body?: unknown
  contentType?: string
}

/** A request to the Berichtenbox API, as the app would make it. `pad` may be a HAL href. */
export function api(pad: string, { token = 'fatima', method = 'GET', body, contentType = 'application/json' }: Vraag = {}) {
  const basis = pad.startsWith('/instellingen') ? '/api/berichtenbox' : '/api'
  const url = pad.startsWith('/api/') ? `http://localhost${pad}` : `http://localhost${basis}${pad}`
  return fetch(url, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': contentType }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

export async function lijst(pad: string, token: Token = 'fatima') {
  const response = await api(pad, { token })
  if (response.status !== 200) throw new Error(`${pad}: ${response.status} ${await response.text()}`)
  return leesLijst(await response.json())
}

export async function bericht(berichtId: string, token: Token = 'fatima') {
  return leesBericht(await (await api(`/berichten/${berichtId}`, { token })).json())
}

export const patch = (berichtId: string, body: unknown, token: Token = 'fatima') =>
  api(`/berichten/${berichtId}`, { method: 'PATCH', body, token, contentType: 'application/merge-patch+json' })

export async function aantallen(token: Token = 'fatima') {
  return volgensContract(aantallenSchema, aantallenSchema, await (await api('/berichten/_aantallen', { token })).json())
}

/** A problem+json body, read with the app's own problem schema. */
export async function probleem(response: Response) {
  return v.parse(problemSchema, await response.json())
}
