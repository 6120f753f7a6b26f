import type { RequestHandler } from 'express'
import type { MockBackend } from '../state/backend'

/**
 * Applies the faults of POST /__mock/faults at the HTTP level, so they hit the mock APIs and the
 * mock DigiD alike, and a "network" fault really drops the connection.
 */
export function faultInjection(backend: MockBackend): RequestHandler {
  return async (req, res, next) => {
    const fault = backend.faults.take(req.method, req.originalUrl.split('?')[0] ?? '')
    if (!fault) return next()
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
    if (fault.network) {
      req.socket.destroy()
      return
    }
    if (fault.malformed) {
      res.status(200).type('application/json').send('{"personen": [{"naam": ')
      return
    }
    if (fault.status) {
      res
        .status(fault.status)
        .type('application/problem+json')
        .set(fault.status === 503 || fault.status === 429 ? { 'Retry-After': '1' } : {})
        .send(JSON.stringify({ type: 'about:blank', title: 'Storing (test)', status: fault.status }))
      return
    }
    next()
  }
}
