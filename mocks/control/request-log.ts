import type { RequestHandler } from 'express'
import type { MockBackend } from '../state/backend'
import { loggableHeaders } from '../state/requests'

/** Records every API request (after the JSON body is parsed) for GET /__mock/requests. */
export function requestLog(backend: MockBackend): RequestHandler {
  return (req, _res, next) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const [path = '', query = ''] = req.originalUrl.split('?')
    backend.requests.record({
      method: req.method,
      path,
      query,
      headers: loggableHeaders(headers),
      body: req.method === 'GET' || req.method === 'HEAD' ? null : (req.body ?? null),
      idempotencyKey: req.get('idempotency-key') ?? null,
      receivedAt: new Date().toISOString(),
    })
    next()
  }
}
