import type { ErrorRequestHandler, RequestHandler } from 'express'
import { sendProblem } from './send-problem'

/** The status an error carries (express and its helpers set one for the caller's mistakes), if any. */
function statusVan(error: unknown): number | undefined {
  const status: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined
  return typeof status === 'number' ? status : undefined
}

/**
 * The last word for /api and /__mock: always problem+json, never a stack trace, a file path or a library's
 * message (those may quote the input, and are in English). What went wrong is logged on the server.
 */
export const problemErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error)
    return
  }
  const status = statusVan(error)
  if (status !== undefined && status >= 400 && status < 500) {
    sendProblem(req, res, status, 'Ongeldige vraag', 'Deze vraag kan de server niet verwerken.')
    return
  }
  console.error(`mock-backend: ${req.method} ${req.path}:`, error)
  sendProblem(req, res, 500, 'Interne fout', 'Er ging iets mis in de mock-backend. Probeer het opnieuw.')
}

export const problemNotFound: RequestHandler = (req, res) => {
  sendProblem(req, res, 404, 'Niet gevonden', 'Dit adres bestaat niet.')
}
