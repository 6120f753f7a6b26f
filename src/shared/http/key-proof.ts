import { ApiError } from './api-error'
import type { HttpMethod } from './http-client'

/** What a DPoP proof covers: this method, this absolute URL, this token, and the server's nonce once it gave one. */
export interface KeyProofRequest {
  method: HttpMethod
  url: string
  accessToken: string
  nonce?: string
}

export type ProveKey = (request: KeyProofRequest) => Promise<string | undefined>

/**
 * The token of one attempt, as DPoP (RFC 9449) when the app binds its tokens to a key, else as a bearer token; and
 * the API's latest `DPoP-Nonce` (§8), sent in every proof once the API gave one.
 */
export function createKeyProof(proveKey: ProveKey | undefined) {
  let nonce: string | undefined
  return {
    observe(response: Response): void {
      nonce = response.headers.get('DPoP-Nonce') ?? nonce
    },
    /** Whether a refusal asks for the nonce we now have (a device clock that is off): worth one more try. */
    asksForNonce: (error: ApiError): boolean => error.kind === 'unauthorized' && error.problem?.code === 'use_dpop_nonce' && nonce !== undefined,
    /** Sets Authorization (and DPoP). A device that lost its key fails as unauthorized, never with a bearer token. */
    async authorize(headers: Headers, method: HttpMethod, url: string, token: string): Promise<void> {
      let proof: string | undefined
      try {
        proof = await proveKey?.({ method, url: new URL(url, globalThis.location?.href).href, accessToken: token, nonce })
      } catch (cause) {
        throw new ApiError('unauthorized', { cause })
      }
      headers.set('Authorization', proof ? `DPoP ${token}` : `Bearer ${token}`)
      if (proof) headers.set('DPoP', proof)
    },
  }
}
