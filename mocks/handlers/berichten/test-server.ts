import { aantallenSchema } from '../../../src/features/berichten/berichten-aantallen.api'
import { volgensContract } from '../contract'
import { api as apiVraag, useTestServer, type Token, type Vraag } from '../test-server'
import { leesBericht, leesLijst } from './contract'

export { probleem, tokens, type Token } from '../test-server'

/** msw/node with all handlers and a fresh seed after every test (../test-server.ts). */
export function useBerichtenServer(): void {
  useTestServer()
}

/** A request to the Berichtenbox API, as the app would make it. `pad` may be a HAL href; settings live at /api/berichtenbox. */
export const api = (pad: string, vraag: Vraag = {}) => apiVraag(pad.startsWith('/instellingen') ? `/berichtenbox${pad}` : pad, vraag)

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
