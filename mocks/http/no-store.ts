import type { RequestHandler } from 'express'

/**
 * Personal data never goes into an HTTP cache, not even the browser's own: every /api and /__mock answer,
 * errors and faults included, is no-store (issue 6 §7). Set before anything else answers.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store')
  next()
}
