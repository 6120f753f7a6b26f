import type { NieuwCorrectieverzoek } from '../../../src/features/mfo/mfo.schemas'
import { BESTAND_VELD } from '../../../src/features/zaken/zaken.schemas'
import { dpopHeaders } from '../test-dpop'
import { type Token } from '../test-server'
import { leesBijlage, leesRegistraties, leesVerzoek } from './contract'

export { BSN, buitenMachtiging, probleem, tokens, useTestServer, vandaag, verzetKlok, type Token } from '../test-server'
export { BYTES } from '../zaken/test-server'

/** msw/node by default; a test of the real server passes its origin. */
let origin = 'http://localhost'
export const gebruikOrigin = (nieuw: string) => {
  origin = nieuw
}

let sleutels = 0
/** A fresh Idempotency-Key, as the app makes one per request. */
export const nieuweSleutel = () => `mfo-test-${(sleutels += 1)}`

export interface MfoVraag {
  token?: Token
  method?: string
  body?: unknown
  /** The Idempotency-Key; `null`: none. Writes get a fresh one unless told. */
  sleutel?: string | null
}

/** A request below /api/correctieverzoeken, as the app makes it. */
export async function mfo(pad: string, { token = 'fatimaSubstantieel', method = 'GET', body, sleutel }: MfoVraag = {}) {
  const schrijft = method !== 'GET'
  const key = sleutel === undefined ? (schrijft ? nieuweSleutel() : null) : sleutel
  const url = `${origin}/api/correctieverzoeken${pad}`
  return fetch(url, {
    method,
    headers: {
      ...(await dpopHeaders(method, url, token)),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(key === null ? {} : { 'Idempotency-Key': key }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

/** An upload of one file in the field `bestand`. */
export async function uploadBijlage(bestand: { naam: string; bytes: Uint8Array }, { token = 'fatimaSubstantieel', sleutel }: Pick<MfoVraag, 'token' | 'sleutel'> = {}) {
  const form = new FormData()
  form.append(BESTAND_VELD, new File([new Uint8Array(bestand.bytes)], bestand.naam))
  const key = sleutel === undefined ? nieuweSleutel() : sleutel
  const url = `${origin}/api/correctieverzoeken/bijlagen`
  return fetch(url, {
    method: 'POST',
    headers: { ...(await dpopHeaders('POST', url, token)), ...(key === null ? {} : { 'Idempotency-Key': key }) },
    body: form,
  })
}

async function gelukt(response: Response, status: number, wat: string): Promise<unknown> {
  if (response.status !== status) throw new Error(`${wat}: ${response.status} ${await response.text()}`)
  return response.json()
}

export const geuploadeBijlage = async (naam = 'geboorteakte.pdf', bytes?: Uint8Array, token: Token = 'fatimaSubstantieel') =>
  leesBijlage(await gelukt(await uploadBijlage({ naam, bytes: bytes ?? new TextEncoder().encode('%PDF-1.7\n%%EOF\n') }, { token }), 201, 'upload'))

export const registratiesVan = async (token: Token = 'fatimaSubstantieel') => leesRegistraties(await gelukt(await mfo('/_registraties', { token }), 200, '_registraties')).registraties

/** The item of the list that the test is about: Yusuf's achternaam, by default. */
export async function meldbaar(id = 'brp.999990147.geslachtsnaam', token: Token = 'fatimaSubstantieel') {
  const gevonden = (await registratiesVan(token)).flatMap((registratie) => registratie.gegevens).find((gegeven) => gegeven.id === id)
  if (!gevonden) throw new Error(`geen gegeven ${id}`)
  return gevonden
}

/** Fatima's report of Yusuf's wrong achternaam, as the app sends it; `wijzig` changes what a test is about. */
export function yusufsAchternaam(wijzig: Partial<Record<keyof NieuwCorrectieverzoek, unknown>> = {}): Record<string, unknown> {
  return {
    gegeven: { id: 'brp.999990147.geslachtsnaam', huidigeWaarde: 'El Amarni' },
    gewensteWaarde: 'El Amrani',
    toelichting: 'Bij de aangifte is een letter verwisseld. Op zijn Marokkaanse geboorteakte staat El Amrani, net als bij mij en zijn vader.',
    contactBronhouder: { gehad: false },
    gevolgen: { omschrijving: 'Zijn paspoort kan niet worden aangevraagd met de juiste naam.', opschortenGevraagd: false },
    bijlagen: [],
    contactvoorkeur: { kanaal: 'email', email: 'fatima@example.nl' },
    ...wijzig,
  }
}

export async function ingediend(body: unknown = yusufsAchternaam(), vraag: MfoVraag = {}) {
  return leesVerzoek(await gelukt(await mfo('', { method: 'POST', body, ...vraag }), 201, 'indienen'))
}
