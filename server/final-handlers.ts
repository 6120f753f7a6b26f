import type { ErrorRequestHandler, RequestHandler } from 'express'

/**
 * The last handlers of the whole server. Express's own would print a stack trace outside production;
 * these never show more than a plain sentence. /api and /__mock answer problem+json themselves before this.
 */
export const finalNotFound: RequestHandler = (_req, res) => {
  res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Niet gevonden.')
}

export const finalErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error)
    return
  }
  const status: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined
  const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 500
  const clientError = code < 500
  if (!clientError) console.error(`server: ${req.method} ${req.path}:`, error)
  res
    .status(code)
    .set('Cache-Control', 'no-store')
    .type('text/plain')
    .send(clientError ? 'Deze vraag kan de server niet verwerken.' : 'Er ging iets mis. Probeer het later opnieuw.')
}
