import type { IncomingMessage } from 'node:http'
import type { Request as ExpressRequest, RequestHandler } from 'express'
import { MAX_BESTAND_BYTES } from '../../src/features/zaken/zaken.schemas'
import { BESTAND_TE_GROOT, MULTIPART_RUIMTE_BYTES } from '../handlers/zaken/bestand'
import { jsonBody } from './json-body'
import { refuseBadUrl, refuseUnreadableBody } from './request-guards'
import { hasBody, sendProblem } from './send-problem'

/** The only /api routes whose body is not JSON: a file for a zaak or one of its tasks, or for a correctieverzoek (multipart/form-data). */
const UPLOAD_PADEN = [/^\/api\/zaken\/zaken\/[^/]+\/(taken\/[^/]+\/)?bestanden$/, /^\/api\/correctieverzoeken\/bijlagen$/]
const LIMIET = MAX_BESTAND_BYTES + MULTIPART_RUIMTE_BYTES

const isUpload = (req: ExpressRequest) => req.method === 'POST' && UPLOAD_PADEN.some((pad) => pad.test(req.originalUrl.split('?')[0] ?? ''))

/** The bytes exactly as they arrived, for the MSW bridge (the handler reads the multipart itself). */
const uploads = new WeakMap<IncomingMessage, Uint8Array<ArrayBuffer>>()
export const uploadBodyBytes = (req: IncomingMessage): Uint8Array<ArrayBuffer> | undefined => uploads.get(req)

/**
 * Reads an upload up to the file limit plus room for the multipart around it, and stops the moment it is
 * passed: 413 at once (the connection then closes), as jsonBody does for JSON. Type and size of the file
 * itself are the handler's (mocks/handlers/zaken/bestand.ts), so msw/node tests meet the same rules.
 */
const uploadBody: RequestHandler = (req, res, next) => {
  if (!hasBody(req)) return next()
  if (!/^multipart\/form-data\s*;/i.test(req.headers['content-type'] ?? '') || (req.headers['content-encoding'] ?? 'identity') !== 'identity') {
    sendProblem(req, res, 415, 'Verkeerd mediatype', 'Stuur het bestand als multipart/form-data, zonder compressie.')
    return
  }
  const teGroot = () => sendProblem(req, res, 413, BESTAND_TE_GROOT.title, BESTAND_TE_GROOT.detail, BESTAND_TE_GROOT.extra)
  if (Number(req.headers['content-length'] ?? 0) > LIMIET) return teGroot()
  const delen: Buffer[] = []
  let grootte = 0
  const stop = () => {
    req.off('data', lees)
    req.off('end', klaar)
    req.off('error', fout)
  }
  const lees = (deel: Buffer) => {
    grootte += deel.byteLength
    if (grootte <= LIMIET) {
      delen.push(deel)
      return
    }
    stop()
    delen.length = 0
    teGroot()
  }
  const klaar = () => {
    stop()
    uploads.set(req, new Uint8Array(Buffer.concat(delen)))
    // The request log keeps the size only, not the file.
    req.body = { multipart: true, bytes: grootte }
    next()
  }
  const fout = () => {
    stop()
    sendProblem(req, res, 400, 'Vraag afgebroken', 'Het bestand kwam niet helemaal aan.')
  }
  req.on('data', lees)
  req.on('end', klaar)
  req.on('error', fout)
}

/** For /api: the upload routes read their file, every other route JSON only (request-guards.ts). */
export const readApiBodySafely: RequestHandler[] = [
  refuseBadUrl,
  (req, res, next) => {
    if (isUpload(req)) return uploadBody(req, res, next)
    refuseUnreadableBody(req, res, (error?: unknown) => (error === undefined ? jsonBody(req, res, next) : next(error)))
  },
]

/**
 * What an Idempotency-Key's fingerprint covers: the bytes sent, but for multipart its parts. A retry builds a
 * new FormData, and so a new random boundary: the same file must still count as the same request.
 */
export async function vingerafdrukInhoud(request: Request): Promise<Uint8Array[]> {
  if (!/^multipart\/form-data\s*;/i.test(request.headers.get('content-type') ?? '')) return [new Uint8Array(await request.clone().arrayBuffer())]
  try {
    const delen: Uint8Array[] = []
    for (const [naam, waarde] of await request.clone().formData()) {
      const kop = typeof waarde === 'string' ? JSON.stringify([naam, waarde]) : JSON.stringify([naam, waarde.name, waarde.type, waarde.size])
      delen.push(new TextEncoder().encode(`${kop}\n`))
      if (typeof waarde !== 'string') delen.push(new Uint8Array(await waarde.arrayBuffer()))
    }
    return delen
  } catch {
    // Not readable as multipart: the handler will say so; the raw bytes identify it well enough.
    return [new Uint8Array(await request.clone().arrayBuffer())]
  }
}
