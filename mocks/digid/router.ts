import { fileURLToPath } from 'node:url'
import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import type Provider from 'oidc-provider'
import { errors } from 'oidc-provider'
import { createInteractionRoutes, type InteractionSettings } from './interaction-routes'
import { errorPage } from './provider-pages'

const assetsDirectory = fileURLToPath(new URL('./assets', import.meta.url))

/**
 * The server normally sets a strict CSP for every response; this is the same policy for when DigiD
 * runs on its own (tests, a bare express app). oidc-provider adds hashes for its one inline script
 * (the form_post page) to whatever CSP header is already set. The app origins are in form-action
 * because browsers also check the redirect after a form post against it.
 */
function defaultContentSecurityPolicy(appOrigins: readonly string[]): RequestHandler {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `form-action 'self' ${appOrigins.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ')
  return (_req, res, next) => {
    if (!res.hasHeader('Content-Security-Policy')) res.setHeader('Content-Security-Policy', policy)
    next()
  }
}

/** Errors from our own routes get the same Dutch page as oidc-provider's, and never a stack trace. */
function errorHandler(basePath: string): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error)
      return
    }
    let status = 500
    let code = 'server_error'
    let description: string | undefined
    if (error instanceof errors.OIDCProviderError) {
      status = error.status
      code = error instanceof errors.SessionNotFound ? 'session_not_found' : error.error
      description = error.error_description
    } else if (hasStatus(error) && error.status >= 400 && error.status < 500) {
      status = error.status
      code = status === 404 ? 'not_found' : 'invalid_request'
    } else {
      console.error('mock DigiD:', error)
    }
    res.status(status).type('html').set('Cache-Control', 'no-store').send(errorPage(basePath, { error: code, description }))
  }
}

function hasStatus(error: unknown): error is { status: number } {
  return typeof error === 'object' && error !== null && typeof Reflect.get(error, 'status') === 'number'
}

export function createDigidRouter(provider: Provider, settings: InteractionSettings & { appOrigins: readonly string[] }): express.Router {
  const { basePath, appOrigins } = settings
  const router = express.Router()
  router.use(defaultContentSecurityPolicy(appOrigins))
  router.use('/assets', express.static(assetsDirectory, { index: false, redirect: false, fallthrough: false, maxAge: '1h' }))
  router.use(createInteractionRoutes(provider, settings))
  // Everything else is the OpenID Provider itself. It reads req.originalUrl to know it is mounted below basePath.
  router.use(provider.callback())
  router.use(errorHandler(basePath))
  return router
}
