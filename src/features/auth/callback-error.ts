import { ErrorResponse, ErrorTimeout } from 'oidc-client-ts'

/** Turns what oidc-client-ts throws on the callback into a message a person can act on. */
export function callbackErrorKey(error: unknown): string {
  if (error instanceof ErrorResponse) {
    if (error.error === 'access_denied') return 'auth.callback.cancelled'
    if (error.error === 'server_error' || error.error === 'temporarily_unavailable') return 'auth.callback.providerDown'
    return 'auth.callback.generic'
  }
  if (error instanceof ErrorTimeout || error instanceof TypeError) return 'auth.callback.providerDown'
  if (error instanceof Error && /state/i.test(error.message)) return 'auth.callback.stateMismatch'
  return 'auth.callback.generic'
}
