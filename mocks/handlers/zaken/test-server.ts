import { BESTAND_VELD } from '../../../src/features/zaken/zaken.schemas'
import { dpopHeaders } from '../test-dpop'
import { api, verzetKlok as verzet, useTestServer, type Token } from '../test-server'
import { leesLijst, leesZaak } from './contract'

export { api, probleem, tokens, type Token } from '../test-server'

/** msw/node with all handlers and a fresh seed after every test (../test-server.ts). */
export const useZakenServer = useTestServer

/** An upload as the app sends it: multipart/form-data with the file in the field `bestand`. */
export async function upload(pad: string, bestand: { naam: string; bytes: Uint8Array; type?: string }, token: Token = 'fatima') {
  const form = new FormData()
  form.append(BESTAND_VELD, new File([new Uint8Array(bestand.bytes)], bestand.naam, { type: bestand.type ?? 'application/octet-stream' }))
  const url = `http://localhost/api${pad}`
  return fetch(url, { method: 'POST', headers: await dpopHeaders('POST', url, token), body: form })
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

/** Moves the mock clock by seconds. */
export const verzetKlok = (seconden: number) => verzet({ seconden })
