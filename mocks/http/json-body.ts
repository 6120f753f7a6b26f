import type { IncomingMessage } from 'node:http'
import type { RequestHandler } from 'express'
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth'
import { hasBody, sendProblem } from './send-problem'

/** The one limit for JSON bodies, for /api and /__mock alike. Uploads have their own (upload-body.ts). */
export const MAX_JSON_BYTES = 1024 * 1024

const INVALID_JSON = { invalidParams: [{ name: 'body', code: 'json', reason: 'Geen geldige JSON.' }] }
const TOO_DEEP = { invalidParams: [{ name: 'body', code: 'diepte', reason: `Hoogstens ${MAX_JSON_DEPTH} niveaus diep.` }] }

/** The body exactly as it arrived: the MSW bridge passes it on as is instead of serialising req.body again. */
const bodyTexts = new WeakMap<IncomingMessage, string>()
export const jsonBodyText = (req: IncomingMessage): string | undefined => bodyTexts.get(req)

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
    const gelezen = leesJson(Buffer.concat(delen))
    if (gelezen === 'te-diep') {
      sendProblem(req, res, 400, 'Ongeldige vraag', `De gegevens zijn te diep genest: hoogstens ${MAX_JSON_DEPTH} niveaus.`, TOO_DEEP)
      return
    }
    if (gelezen === 'ongeldig') {
      sendProblem(req, res, 400, 'Ongeldige vraag', 'De gegevens zijn geen geldige JSON.', INVALID_JSON)
      return
    }
    req.body = gelezen.value
    bodyTexts.set(req, gelezen.tekst)
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

function leesJson(bytes: Buffer): { tekst: string; value: unknown } | 'ongeldig' | 'te-diep' {
  try {
    const tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    // Counted before parsing: JSON.parse copes with any depth, but what comes after it (stringify, the log) does not.
    if (nestsDeeperThan(tekst, MAX_JSON_DEPTH)) return 'te-diep'
    return { tekst, value: JSON.parse(tekst) }
  } catch {
    return 'ongeldig'
  }
}
