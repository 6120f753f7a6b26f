import { createHash } from 'node:crypto'
import type { MockBackend } from '../state/backend'
import type { BewaardAntwoord } from '../state/idempotency'
import { authenticate } from '../handlers/auth'
import { problem } from '../handlers/problem'
import { vingerafdrukInhoud } from './upload-body'

const MUTATIES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** Printable ASCII, as the IETF draft for the Idempotency-Key header expects of a key. */
const GELDIGE_SLEUTEL = /^[\x21-\x7e]{1,255}$/
/** What a replay needs to mean the same; security headers come from the server anyway. */
const BEWAARDE_HEADERS = ['content-type', 'content-disposition', 'location', 'etag', 'last-modified']
/** Worth replaying: a real outcome. Not: a login problem, "try again later" or a server error. */
const bewaren = (status: number) => status < 500 && ![401, 403, 408, 425, 429].includes(status)

type Antwoorden = () => Promise<Response | undefined>

/**
 * Idempotency-Key for every POST, PUT, PATCH and DELETE under /api: a repeat with the same key and the same
 * body gets the first answer again and changes nothing; the same key with another body is a 422. Keys are
 * scoped per caller (who is logged in, for whom), method and path, so one person's key never meets another's.
 */
export async function idempotent(backend: MockBackend, request: Request, beantwoord: Antwoorden): Promise<Response | undefined> {
  const sleutel = request.headers.get('idempotency-key')
  if (!MUTATIES.has(request.method) || sleutel === null) return beantwoord()
  if (!GELDIGE_SLEUTEL.test(sleutel)) {
    return problem(400, 'Ongeldige Idempotency-Key', 'Gebruik hoogstens 255 leesbare tekens, zoals een UUID.', {
      invalidParams: [{ name: 'Idempotency-Key', code: 'format', reason: 'Ongeldige sleutel.' }],
    })
  }
  // The same check the handler makes (and only once: a DPoP proof counts once): a stolen token with the key
  // of an earlier request gets no replay of its answer.
  const principal = await authenticate(request)
  // Without a valid login the handler answers 401; nothing to remember. Acting for someone whose machtiging
  // ended: no replay either, the handler refuses (and logs) it like any other request.
  if (principal instanceof Response) return beantwoord()
  if (principal.represents && !backend.machtigingen.geldigheid(principal.bsn, principal.represents.bsn).geldig) return beantwoord()

  const url = new URL(request.url)
  // The level is part of the scope: a replay never gives an answer that a lower level would not get.
  const scope = JSON.stringify([principal.bsn, principal.represents?.bsn ?? null, principal.acr, request.method, url.pathname, sleutel])
  const hash = createHash('sha256').update(url.search).update('\n')
  for (const deel of await vingerafdrukInhoud(request)) hash.update(deel)
  const vingerafdruk = hash.digest('hex')
  const herkend = backend.idempotency.herken(principal.bsn, scope, vingerafdruk)
  switch (herkend.soort) {
    case 'herhaling':
      return herhaal(herkend.antwoord)
    case 'nog-bezig':
      return problem(409, 'Nog bezig', 'Een vraag met deze Idempotency-Key wordt nog verwerkt. Probeer het zo opnieuw.', {
        code: 'idempotency-key-in-gebruik',
      })
    case 'ander-verzoek':
      return problem(422, 'Sleutel al gebruikt', 'Deze Idempotency-Key hoort bij een andere vraag. Gebruik een nieuwe sleutel.', {
        code: 'idempotency-key-hergebruikt',
      })
    case 'vol':
      return problem(
        429,
        'Te veel tegelijk',
        'U heeft te veel vragen tegelijk lopen. Wacht even en probeer het opnieuw.',
        { code: 'te-veel-sleutels' },
        { 'Retry-After': '60' },
      )
    case 'nieuw':
      break
  }
  try {
    const antwoord = await beantwoord()
    if (antwoord && bewaren(antwoord.status)) backend.idempotency.bewaar(scope, await bewaar(antwoord))
    else backend.idempotency.vergeet(scope)
    return antwoord
  } catch (error) {
    backend.idempotency.vergeet(scope)
    throw error
  }
}

async function bewaar(antwoord: Response): Promise<BewaardAntwoord> {
  const headers: Record<string, string> = {}
  for (const naam of BEWAARDE_HEADERS) {
    const waarde = antwoord.headers.get(naam)
    if (waarde !== null) headers[naam] = waarde
  }
  return { status: antwoord.status, headers, body: Buffer.from(await antwoord.clone().arrayBuffer()) }
}

function herhaal({ status, headers, body }: BewaardAntwoord): Response {
  return new Response(status === 204 || body.byteLength === 0 ? null : new Uint8Array(body), {
    status,
    headers: { ...headers, 'Idempotent-Replayed': 'true' },
  })
}
