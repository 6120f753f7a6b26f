import compression from 'compression'
import express, { type Express } from 'express'
import { loopbackOrigins, type ServerConfig } from './config'
import { finalErrorHandler, finalNotFound } from './final-handlers'
import { createMockBackend } from './mock-backend'
import { securityHeaders } from './security-headers'
import { staticApp } from './static-app'

export async function createApp(config: ServerConfig): Promise<Express> {
  const app = express()
  app.disable('x-powered-by')
  app.use(securityHeaders(config.oidcAuthority, loopbackOrigins(config.publicOrigin)))
  app.use(compression())
  if (config.mocks) app.use(await createMockBackend(config.publicOrigin))
  app.use(staticApp(config.distDir))
  app.use(finalNotFound, finalErrorHandler)
  return app
}
