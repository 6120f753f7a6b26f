import type { RequestHandler } from 'express'
import { problemBody } from '../handlers/problem'
import type { MockBackend } from '../state/backend'

/**
 * Applies the faults of POST /__mock/faults at the HTTP level, so they hit the mock APIs and the
 * mock DigiD alike, and a "network" fault really drops the connection.
 */
export function faultInjection(backend: MockBackend): RequestHandler {
  return (req, res, next) => {
    const fault = backend.faults.take(req.method, req.originalUrl.split('?')[0] ?? '')
    if (!fault) return next()
    // Express 4 does not catch a rejected promise; a failure here still goes to the error handler.
    wait(fault.delayMs ?? 0)
      .then(() => {
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
            .send(JSON.stringify({ ...problemBody(fault.status, 'Storing (test)'), type: 'about:blank' }))
          return
        }
        next()
      })
      .catch(next)
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
