import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import { getResponse, type HttpHandler } from 'msw'
import { problem } from '../handlers/problem'
import type { MockBackend } from '../state/backend'
import { allowedMethods } from './allowed-methods'
import { idempotent } from './idempotency'
import { jsonBodyText } from './json-body'
import { rememberOriginalMethod } from './original-method'
import { uploadBodyBytes } from './upload-body'

const BEKENDE_METHODEN = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/** Headers that describe the connection or how the body travelled, not the request: the Request below measures its own. */
const NIET_DOORGEVEN = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'expect', 'upgrade'])

/**
 * The MSW handlers as express middleware: the same handlers the unit tests use through msw/node. Our own
 * bridge (not @mswjs/http-middleware) so that the Idempotency-Key store sits around every handler in one
 * place, and the handlers get the body jsonBody already read and checked.
 */
export function mswApi(backend: MockBackend, handlers: HttpHandler[]): RequestHandler {
  return (req, res, next) => {
    // Methods fetch cannot even carry (TRACE, CONNECT) or no handler knows: 405, never a crash.
    if (!BEKENDE_METHODEN.has(req.method)) {
      const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
      stuur(res, verkeerdeMethode(handlers, url) ?? problem(405, 'Methode niet toegestaan', 'Deze methode kan hier niet.')).catch(next)
      return
    }
    const request = naarFetch(req)
    idempotent(backend, request, () => getResponse(handlers, request))
      .then((antwoord) => antwoord ?? verkeerdeMethode(handlers, new URL(request.url)))
      .then((antwoord) => (antwoord ? stuur(res, antwoord) : next()))
      .catch(next)
  }
}

/** A known path asked with a method it does not have: 405 with Allow, not a 404 that says the path is wrong. */
function verkeerdeMethode(handlers: HttpHandler[], url: URL): Response | undefined {
  const allow = allowedMethods(handlers, url).join(', ')
  if (allow === '') return undefined
  return problem(405, 'Methode niet toegestaan', `Dit adres werkt alleen met ${allow}.`, {}, { Allow: allow })
}

function naarFetch(req: ExpressRequest): Request {
  const headers = new Headers()
  for (const [naam, waarde] of Object.entries(req.headers)) {
    if (NIET_DOORGEVEN.has(naam)) continue
    for (const deel of Array.isArray(waarde) ? waarde : [waarde ?? '']) headers.append(naam, deel)
  }
  // The body as it arrived (jsonBody or uploadBody read and checked it): serialising req.body again costs time (and once
  // overflowed the stack on deep nesting), and an Idempotency-Key's fingerprint is over the bytes the client sent.
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : (uploadBodyBytes(req) ?? jsonBodyText(req))
  // Only the path and query of the request line: an absolute-form target (`GET http://elders/api/…`) must not choose
  // the origin, or a DPoP proof made for another server would pass the htu check here.
  const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`
  const target = new URL(req.originalUrl, origin)
  const url = new URL(origin)
  url.pathname = target.pathname
  url.search = target.search
  const request = new Request(url, {
    // HEAD is GET without the body: the handlers only know GET, and Node leaves the body out of a HEAD answer.
    method: req.method === 'HEAD' ? 'GET' : req.method,
    headers,
    ...(body === undefined ? {} : { body }),
  })
  return rememberOriginalMethod(request, req.method)
}

/** The server's own no-store stays (a handler cannot weaken it); the length is that of the bytes sent. */
const EIGEN_HEADERS = new Set(['cache-control', 'content-length'])

async function stuur(res: ExpressResponse, antwoord: Response): Promise<void> {
  const body = Buffer.from(await antwoord.arrayBuffer())
  res.status(antwoord.status)
  antwoord.headers.forEach((waarde, naam) => {
    if (!EIGEN_HEADERS.has(naam)) res.append(naam, waarde)
  })
  // 204 and 304 have no body, and so no length.
  if (antwoord.status !== 204 && antwoord.status !== 304) res.setHeader('Content-Length', body.byteLength)
  res.end(body)
}
