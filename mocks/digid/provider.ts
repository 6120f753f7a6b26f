import { randomBytes, randomUUID } from 'node:crypto'
import { exportJWK, generateKeyPair } from 'jose'
import Provider, { errors, interactionPolicy, type Configuration, type JWK, type KoaContextWithOIDC } from 'oidc-provider'
import { EIDAS_ACR } from '../../src/features/auth/assurance-levels'
import { readAuthConfig, SESSION_LIMITS } from '../../src/features/auth/auth.config'
import { createExtraTokenClaims, createFindAccount, openidClaims } from './claims'
import { createLoadExistingGrant } from './grants'
import type { LoginContextStore } from './login-context'
import { isOwnAppLogout } from './logout-origin'
import { errorPage, loggedOutPage, logoutPage } from './provider-pages'

/** The app's absolute session limit, in seconds: DigiD's session and refresh tokens end with it. */
const ABSOLUTE_SECONDS = SESSION_LIMITS.absoluteMs / 1000

/** Lifetimes in seconds. */
export const lifetimes = {
  accessToken: 5 * 60,
  idToken: 60 * 60,
  /** Absolute: rotation hands out new refresh tokens, never a longer login. */
  refreshToken: ABSOLUTE_SECONDS,
  session: ABSOLUTE_SECONDS,
  authorizationCode: 60,
  interaction: 30 * 60,
} as const

export interface ProviderSettings {
  issuer: string
  /** Path part of the issuer, e.g. '/mock-digid'. */
  basePath: string
  clientId: string
  appOrigins: readonly string[]
  contexts: LoginContextStore
}

/** What the app's switcher sends: a BSN to act for, or `zelf`. */
export const REPRESENTS_PARAM = 'represents'

/**
 * With `represents` in the request, DigiD asks on whose behalf even inside a DigiD session (without asking
 * to log in again, see interaction-routes.ts): the choice belongs to the login, so it makes a fresh grant.
 */
function digidPolicy() {
  const { Check } = interactionPolicy
  const policy = interactionPolicy.base()
  policy.get('login')?.checks.add(
    new Check('represents_requested', 'Kies voor wie u inlogt', (ctx) =>
      ctx.oidc.params?.[REPRESENTS_PARAM] !== undefined && !ctx.oidc.result?.login ? Check.REQUEST_PROMPT : Check.NO_NEED_TO_PROMPT,
    ),
  )
  return policy
}

/** A fresh RS256 key per process: tokens do not need to survive a restart of the mock. */
async function createSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const jwk = await exportJWK(privateKey)
  return { ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' }
}

export async function createProvider(settings: ProviderSettings): Promise<Provider> {
  const { issuer, basePath, clientId, appOrigins, contexts } = settings

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_name: 'Mijn Overheid',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // The same paths the app uses: one definition (auth.config.ts).
        redirect_uris: appOrigins.map((origin) => readAuthConfig({}, origin).redirectUri),
        post_logout_redirect_uris: appOrigins.map((origin) => readAuthConfig({}, origin).postLogoutRedirectUri),
        // The app enforces an absolute session limit from auth_time.
        require_auth_time: true,
        // Every token is bound to the app's key (RFC 9449): the token endpoint refuses a request without a proof.
        dpop_bound_access_tokens: true,
      },
    ],
    jwks: { keys: [await createSigningKey()] },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: { session: 'digid_session', interaction: 'digid_interaction', resume: 'digid_interaction_resume' },
      // Over plain http oidc-provider leaves `secure` off by itself; the path keeps DigiD's cookies away from /api.
      long: { httpOnly: true, sameSite: 'lax', path: basePath },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid'],
    claims: { acr: null, auth_time: null, sid: null, iss: null, openid: openidClaims },
    // Put sub_id_type, loa_digid and represents in the ID token too, not only at userinfo.
    conformIdTokenClaims: false,
    acrValues: Object.values(EIDAS_ACR),
    extraParams: {
      [REPRESENTS_PARAM]: (_ctx, value) => {
        if (value !== undefined && value !== 'zelf' && !/^\d{9}$/.test(value)) {
          throw new errors.InvalidRequest('represents is een burgerservicenummer of zelf')
        }
      },
    },
    features: {
      devInteractions: { enabled: false },
      // DPoP-bound access tokens, and refresh tokens bound to the same key (public client). A proof from a device
      // whose clock is off gets a nonce to use instead (use_dpop_nonce), which oidc-client-ts handles.
      dPoP: { enabled: true, nonceSecret: randomBytes(32) },
      resourceIndicators: { enabled: false },
      revocation: {
        enabled: true,
        allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html'
          ctx.body = logoutPage(basePath, form, { automatic: isOwnAppLogout(ctx, clientId, appOrigins) })
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html'
          ctx.body = loggedOutPage(basePath)
        },
      },
    },
    ttl: {
      AccessToken: lifetimes.accessToken,
      IdToken: lifetimes.idToken,
      AuthorizationCode: lifetimes.authorizationCode,
      RefreshToken: (ctx) => Math.max(1, ctx.oidc.entities.RotatedRefreshToken?.remainingTTL ?? lifetimes.refreshToken),
      Grant: lifetimes.refreshToken,
      Session: lifetimes.session,
      Interaction: lifetimes.interaction,
    },
    // Public client: a refresh token without asking for offline_access, and a new one on every use.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    loadExistingGrant: createLoadExistingGrant(contexts),
    findAccount: createFindAccount(contexts),
    extraTokenClaims: createExtraTokenClaims(contexts),
    interactions: {
      // Absolute path: oidc-provider's default ignores the mount path.
      url: (_ctx, interaction) => `${basePath}/interaction/${interaction.uid}`,
      policy: digidPolicy(),
    },
    clientBasedCORS: (_ctx, origin) => appOrigins.includes(origin),
    renderError: (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html'
      ctx.body = errorPage(basePath, { error: out.error, description: out.error_description })
    },
  }

  const provider = new Provider(issuer, configuration)
  // Revoked grants take their tokens with them; forget what was chosen at that login too.
  provider.on('grant.revoked', (_ctx, grantId) => contexts.delete(grantId))
  return provider
}
