import express, { type Router } from 'express'
import { readAuthConfig } from '../src/features/auth/auth.config'
import { createControlRouter } from '../mocks/control/control-router'
import { faultInjection } from '../mocks/control/fault-injection'
import { requestLog } from '../mocks/control/request-log'
import { createDigid } from '../mocks/digid'
import { createSnelInloggen } from '../mocks/digid/snel-inloggen'
import { createSnelInloggenRouter } from '../mocks/control/snel-inloggen-router'
import { handlers } from '../mocks/handlers'
import { clockDate } from '../mocks/http/clock-date'
import { problemErrorHandler, problemNotFound } from '../mocks/http/error-handler'
import { mswApi } from '../mocks/http/msw-api'
import { noStore } from '../mocks/http/no-store'
import { ownHostOnly } from '../mocks/http/own-host-only'
import { readJsonSafely } from '../mocks/http/request-guards'
import { sameOriginOnly } from '../mocks/http/same-origin-only'
import { readApiBodySafely } from '../mocks/http/upload-body'
import { backend } from '../mocks/state/backend'
import { loopbackOrigins } from './config'

/**
 * Everything that stands in for the government: /api (MSW handlers), /mock-digid (a real
 * OpenID Provider) and /__mock (test control). Used by the Node server and by `vite` in dev.
 * All three answer only under the app's own host names; /api and /__mock share one way in: no-store,
 * URL and body checks before anything is read, problem+json for every refusal and error.
 */
export async function createMockBackend(publicOrigin: string): Promise<Router> {
  const appOrigins = loopbackOrigins(publicOrigin)
  const snelInloggen = createSnelInloggen()
  const voorWie = (bsn: string) => backend.machtigingen.vertegenwoordigbaar(bsn)
  const digid = await createDigid({
    issuer: `${publicOrigin}/mock-digid`,
    // The client id the app uses by default: one definition (auth.config.ts).
    clientId: readAuthConfig({}, publicOrigin).clientId,
    appOrigins,
    voorWie,
    snelInloggen,
  })
  backend.useTokenResolver((token) => digid.resolveAccessToken(token))

  const router = express.Router()
  // Before anything else: a request under another name (DNS rebinding) gets nothing from the mocks.
  router.use(['/api', '/__mock', '/mock-digid'], ownHostOnly(appOrigins))
  router.use('/__mock', noStore, sameOriginOnly(appOrigins), ...readJsonSafely, createSnelInloggenRouter(snelInloggen, voorWie), createControlRouter(backend), problemNotFound, problemErrorHandler)
  router.use('/mock-digid', faultInjection(backend), digid.router)
  router.use(
    '/api',
    noStore,
    clockDate(backend),
    // JSON only, except the upload routes of zaken (multipart, their own limit).
    ...readApiBodySafely,
    requestLog(backend),
    faultInjection(backend),
    mswApi(backend, handlers),
    problemNotFound,
    problemErrorHandler,
  )
  return router
}
