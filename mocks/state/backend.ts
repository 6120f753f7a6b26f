import { createDpopState } from '../http/dpop/dpop-state'
import { createClock } from './clock'
import { createDomainStores, type DomainStore } from './domains'
import { createFaultRegistry } from './faults'
import { createIdempotencyStore } from './idempotency'
import { createMailOutbox } from './mail-outbox'
import { createRequestLog } from './requests'

/** Who is calling the API: the logged-in person, and whom they act for when that is the case. */
export interface Principal {
  bsn: string
  acr: string
  represents?: { bsn: string }
  /** The thumbprint of the key the token is bound to (`cnf.jkt`, RFC 9449); without it the token is refused. */
  jkt?: string
}

/** Turns a bearer token into a principal; the server plugs in the OpenID Provider, unit tests a fake. */
export type TokenResolver = (token: string) => Promise<Principal | null>

/**
 * The one place where the mock backend keeps its state. Handlers stay thin and read from here;
 * POST /__mock/reset brings all of it back to the seed.
 */
export function createBackend() {
  const clock = createClock()
  // What every domain shares: faults and the request log for tests, the mail outbox, the Idempotency-Key store,
  // the DPoP nonces and the proofs already seen.
  const shared = {
    faults: createFaultRegistry(),
    requests: createRequestLog(),
    mail: createMailOutbox(clock),
    idempotency: createIdempotencyStore(clock),
    dpop: createDpopState(),
  } satisfies Record<string, DomainStore>
  const domains = createDomainStores({ clock, mail: shared.mail, requests: shared.requests })
  let resolveToken: TokenResolver = async () => null

  return {
    clock,
    ...shared,
    ...domains,
    useTokenResolver(resolver: TokenResolver) {
      resolveToken = resolver
    },
    principalFor(token: string) {
      return resolveToken(token)
    },
    reset() {
      // The clock first: the seeds are dated relative to its now.
      clock.reset()
      const stores: DomainStore[] = [...Object.values(shared), ...Object.values(domains)]
      for (const store of stores) store.reset()
    },
  }
}

export type MockBackend = ReturnType<typeof createBackend>

export const backend: MockBackend = createBackend()
