import { acrAtLeast, EIDAS_ACR, type EidasAcr } from '../../src/features/auth/assurance-levels'
import { backend, type Principal } from '../state/backend'
import { problem } from './problem'

/** The principal behind the bearer token, or a 401 problem response to return as is. */
export async function authenticate(request: Request): Promise<Principal | Response> {
  const header = request.headers.get('authorization') ?? ''
  const token = /^Bearer (.+)$/i.exec(header)?.[1]
  const principal = token ? await backend.principalFor(token) : null
  if (!principal) {
    return problem(401, 'Niet ingelogd', 'Het toegangstoken ontbreekt, is verlopen of is ingetrokken.', {
      code: 'unauthorized',
    })
  }
  return principal
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
