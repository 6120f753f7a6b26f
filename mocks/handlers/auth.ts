import { acrAtLeast, EIDAS_ACR, type EidasAcr } from '../../src/features/auth/assurance-levels'
import { backend, type Principal } from '../state/backend'
import { originalMethod } from '../http/original-method'
import { checkProof, DPOP_ALGS, type ProofFault } from '../http/dpop/proof-check'
import { problem } from './problem'

/** Asked once per request, however many checks ask who is calling (the proof's jti may be used only once). */
const verified = new WeakMap<Request, Promise<Principal | Response>>()

/**
 * The principal behind a DPoP-bound access token (RFC 9449), or a 401 problem response to return as is. A bare
 * `Bearer` token is refused: a stolen token is useless without the key that only the app's browser holds.
 */
export function authenticate(request: Request): Promise<Principal | Response> {
  let result = verified.get(request)
  if (!result) {
    result = verify(request)
    verified.set(request, result)
  }
  return result
}

async function verify(request: Request): Promise<Principal | Response> {
  const authorization = request.headers.get('authorization')
  if (authorization === null) return unauthorized(undefined, 'Het toegangstoken ontbreekt.')
  // Exactly `DPoP <token68>` (RFC 9449 §7.1): a bearer token, or anything after the token, is refused.
  const token = /^DPoP ([A-Za-z0-9\-._~+/]+=*)$/i.exec(authorization)?.[1]
  if (!token) return unauthorized('invalid_token', 'Het toegangstoken is niet met DPoP gestuurd.')
  const principal = await backend.principalFor(token)
  if (!principal) return unauthorized('invalid_token', 'Het toegangstoken ontbreekt, is verlopen of is ingetrokken.')
  const nowMs = Date.now()
  const fault = checkProof({ proof: request.headers.get('dpop'), method: originalMethod(request), url: request.url, accessToken: token, jkt: principal.jkt, nowMs, state: backend.dpop })
  if (!fault) return principal
  return unauthorized(fault.error, fault.reason, fault.error === 'use_dpop_nonce' ? { 'DPoP-Nonce': backend.dpop.nonces.current(nowMs) } : {})
}

/** 401 with `WWW-Authenticate: DPoP` (RFC 9449 §7.1); `code` tells the app whether a nonce would help. */
function unauthorized(error: ProofFault['error'] | undefined, reden: string, headers: Record<string, string> = {}) {
  const algs = `algs="${DPOP_ALGS.join(' ')}"`
  // Without any credentials, no error code (RFC 6750 §3.1): only how to authenticate.
  const challenge = error ? `DPoP error="${error}", error_description="${reden.replace(/[^\x20-\x7e]|["\\]/g, '')}", ${algs}` : `DPoP ${algs}`
  return problem(401, 'Niet ingelogd', reden, { code: error === 'use_dpop_nonce' ? 'use_dpop_nonce' : 'unauthorized' }, { ...headers, 'WWW-Authenticate': challenge })
}

const NIVEAU_NAMEN: Record<EidasAcr, string> = {
  [EIDAS_ACR.low]: 'DigiD Basis of Midden',
  [EIDAS_ACR.substantial]: 'DigiD Substantieel of Hoog',
  [EIDAS_ACR.high]: 'DigiD Hoog',
}

/**
 * Sensitive actions need a higher level of assurance (DESIGN.md §4). Below it: 403 with code `acr-te-laag`
 * and `acrValues`, the value the app passes as `acr_values` to a step-up login. Not a 401: the session is fine.
 */
export function vereisNiveau(principal: Principal, minimum: EidasAcr): Response | undefined {
  if (acrAtLeast(principal.acr, minimum)) return undefined
  return problem(403, 'Hoger inlogniveau nodig', `Log opnieuw in met ${NIVEAU_NAMEN[minimum]} om dit te doen.`, {
    code: 'acr-te-laag',
    acrValues: minimum,
  })
}
