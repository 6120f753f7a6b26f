import { createMiddleware } from '@mswjs/http-middleware'
import express, { type ErrorRequestHandler, type Router } from 'express'
import { createControlRouter } from '../mocks/control/control-router'
import { faultInjection } from '../mocks/control/fault-injection'
import { requestLog } from '../mocks/control/request-log'
import { createDigid } from '../mocks/digid'
import { handlers } from '../mocks/handlers'
import { backend } from '../mocks/state/backend'
import { loopbackOrigins } from './config'

export const MOCK_DIGID_CLIENT_ID = 'mijn-overheid'

/**
 * Everything that stands in for the government: /api (MSW handlers), /mock-digid (a real
 * OpenID Provider) and /__mock (test control). Used by the Node server and by `vite` in dev.
 */
export async function createMockBackend(publicOrigin: string): Promise<Router> {
  const digid = await createDigid({
    issuer: `${publicOrigin}/mock-digid`,
    clientId: MOCK_DIGID_CLIENT_ID,
    appOrigins: loopbackOrigins(publicOrigin),
  })
  backend.useTokenResolver((token) => digid.resolveAccessToken(token))

  const router = express.Router()
  router.use('/__mock', createControlRouter(backend))
  router.use('/mock-digid', faultInjection(backend), digid.router)
  const mockApis = createMiddleware(...handlers)
  router.use('/api', express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }), requestLog(backend), faultInjection(backend))
  // Not mounted at '/api': the handlers match full paths, and a mount would strip the prefix.
  router.use((req, res, next) => (req.path.startsWith('/api/') ? mockApis(req, res, next) : next()))
  router.use('/api', (_req, res) => {
    res.status(404).type('application/problem+json').send(JSON.stringify({ title: 'Niet gevonden', status: 404 }))
  })
  router.use('/api', apiErrorHandler)
  return router
}

/** A body that is not JSON, or too large, still gets a problem+json answer, never an HTML page. */
const apiErrorHandler: ErrorRequestHandler = (error: { status?: number; message?: string }, _req, res, _next) => {
  const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500
  res.status(status).type('application/problem+json').send(
    JSON.stringify({ title: status === 500 ? 'Interne fout' : 'Ongeldige vraag', status, detail: error.message }),
  )
}
