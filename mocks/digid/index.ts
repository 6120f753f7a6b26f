import type express from 'express'
import { resolveAccessToken, type TokenInfo } from './access-tokens'
import { createLoginContextStore } from './login-context'
import { createProvider, lifetimes } from './provider'
import { createDigidRouter } from './router'
import type { VoorWie } from './represent-form'
import type { SnelInloggen } from './snel-inloggen'

/**
 * Mock DigiD: a real OpenID Provider (oidc-provider) with a DigiD-like login page.
 * See DESIGN.md §4 and the claims in claims.ts.
 */
export interface DigidOptions {
  /** e.g. 'http://127.0.0.1:4173/mock-digid'; mount the router at the issuer's path. */
  issuer: string
  clientId: string
  /** Origins of the app: redirect_uris are `${origin}/auth/callback`, post_logout_redirect_uris `${origin}/uitgelogd`. */
  appOrigins: string[]
  /** Whom a person may act for now (active, accepted machtigingen and bewind): the backend's state, asked at every login. */
  voorWie?: VoorWie
  /** The screens overview's login chosen beforehand (test control); without it, DigiD always asks. */
  snelInloggen?: SnelInloggen
}

export type { TokenInfo }

export interface Digid {
  /** Mount with app.use('/mock-digid', digid.router). */
  router: express.Router
  /** null if the token is unknown, expired or revoked. */
  resolveAccessToken(token: string): Promise<TokenInfo | null>
}

export async function createDigid(options: DigidOptions): Promise<Digid> {
  const basePath = new URL(options.issuer).pathname.replace(/\/+$/, '')
  // Login choices live as long as the grant they belong to.
  const contexts = createLoginContextStore(lifetimes.refreshToken)
  const provider = await createProvider({ ...options, basePath, contexts })
  return {
    router: createDigidRouter(provider, { basePath, appOrigins: options.appOrigins, clientId: options.clientId, contexts, voorWie: options.voorWie ?? (() => []), ...(options.snelInloggen ? { snelInloggen: options.snelInloggen } : {}) }),
    resolveAccessToken: (token) => resolveAccessToken(provider, options.clientId, token),
  }
}
