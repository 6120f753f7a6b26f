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
