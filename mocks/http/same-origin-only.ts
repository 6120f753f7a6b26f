import type { RequestHandler } from 'express'
import { sendProblem } from './send-problem'

/** Sec-Fetch-Site values a browser sends for our own pages or for a typed URL; no header: curl, Playwright. */
const TOEGESTAAN = new Set(['same-origin', 'none'])

/**
 * The test control API resets and rewrites everyone's data: another site must not drive it through a
 * visitor's browser (a plain form post needs no CORS preflight). Decided before the body is read.
 * Browsers without Fetch Metadata still send Origin on such a post: it must be one of the app's own.
 */
export function sameOriginOnly(appOrigins: readonly string[]): RequestHandler {
  const eigen = new Set(appOrigins)
  return (req, res, next) => {
    const site = req.get('sec-fetch-site')
    const origin = req.get('origin')
    if ((site === undefined || TOEGESTAAN.has(site)) && (origin === undefined || eigen.has(origin))) return next()
    sendProblem(req, res, 403, 'Niet toegestaan', 'De testbesturing werkt alleen vanaf dezelfde site, niet vanaf een andere website.', {
      code: 'andere-site',
    })
  }
}
