import type { RequestHandler } from 'express'
import { hasBody, sendProblem } from './send-problem'

/** The one limit for JSON bodies, for /api and /__mock alike. No upload route exists yet; it will get its own. */
export const MAX_JSON_BYTES = 1024 * 1024

const INVALID_JSON = { invalidParams: [{ name: 'body', code: 'json', reason: 'Geen geldige JSON.' }] }

/**
 * Reads a JSON body up to the limit and stops the moment it is passed: 413 at once, and the connection
 * closes instead of reading the rest (body-parser reads a too-large body to its end before it answers).
 * Only after refuseUnreadableBody, which let only JSON through.
 */
export const jsonBody: RequestHandler = (req, res, next) => {
  if (!hasBody(req)) return next()
  const encoding = req.headers['content-encoding']
  const charset = /;\s*charset=("?)([\w-]+)\1/i.exec(req.headers['content-type'] ?? '')?.[2]
  if ((encoding !== undefined && encoding !== 'identity') || (charset !== undefined && charset.toLowerCase() !== 'utf-8')) {
    sendProblem(req, res, 415, 'Verkeerde codering', 'Stuur de gegevens als UTF-8, zonder compressie.')
    return
  }
  const delen: Buffer[] = []
  let grootte = 0
  const stop = () => {
    req.off('data', lees)
    req.off('end', klaar)
    req.off('error', fout)
  }
  const lees = (deel: Buffer) => {
    grootte += deel.byteLength
    if (grootte <= MAX_JSON_BYTES) {
      delen.push(deel)
      return
    }
    stop()
    delen.length = 0
    sendProblem(req, res, 413, 'Te veel gegevens', `Stuur hoogstens ${MAX_JSON_BYTES / 1024 / 1024} MB.`)
  }
  const klaar = () => {
    stop()
    try {
      req.body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(delen)))
    } catch {
      sendProblem(req, res, 400, 'Ongeldige vraag', 'De gegevens zijn geen geldige JSON.', INVALID_JSON)
      return
    }
    next()
  }
  const fout = () => {
    stop()
    sendProblem(req, res, 400, 'Vraag afgebroken', 'De gegevens kwamen niet helemaal aan.')
  }
  req.on('data', lees)
  req.on('end', klaar)
  req.on('error', fout)
}
