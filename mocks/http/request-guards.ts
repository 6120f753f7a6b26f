import type { RequestHandler } from 'express'
import { jsonBody, MAX_JSON_BYTES } from './json-body'
import { hasBody, sendProblem } from './send-problem'

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i

/** A URL with broken percent-encoding ("%E0%A4%A") is the caller's mistake: 400, not a crash further on. */
export const refuseBadUrl: RequestHandler = (req, res, next) => {
  try {
    decodeURIComponent(req.originalUrl)
    next()
  } catch {
    sendProblem(req, res, 400, 'Ongeldig adres', 'Het adres bevat een ongeldige codering met %.', {
      invalidParams: [{ name: 'url', code: 'encoding', reason: 'Ongeldige %-codering.' }],
    })
  }
}

/**
 * Refuses a body before a single byte of it is read: one that is not JSON (415), or one that says it is
 * larger than the limit (413). A body without a length is cut off by jsonBody at the same limit, as it streams in.
 */
export const refuseUnreadableBody: RequestHandler = (req, res, next) => {
  if (!hasBody(req)) return next()
  if (!JSON_MEDIA_TYPE.test(req.headers['content-type'] ?? '')) {
    sendProblem(req, res, 415, 'Verkeerd mediatype', 'Stuur de gegevens als JSON (Content-Type: application/json).')
    return
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_JSON_BYTES) {
    sendProblem(req, res, 413, 'Te veel gegevens', `Stuur hoogstens ${MAX_JSON_BYTES / 1024 / 1024} MB.`)
    return
  }
  next()
}

/** All three, in the order that reads nothing it does not have to. */
export const readJsonSafely: RequestHandler[] = [refuseBadUrl, refuseUnreadableBody, jsonBody]
