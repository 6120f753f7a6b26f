import type { RequestHandler } from 'express'
import type { MockBackend } from '../state/backend'

/**
 * The `Date` header of every API answer follows the mock clock, as a real server's follows its
 * own: the app takes "now" from it (src/shared/time/server-clock.ts), so moving the mock clock
 * moves the app's idea of today too.
 */
export function clockDate(backend: MockBackend): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('Date', backend.clock.now().toUTCString())
    next()
  }
}
