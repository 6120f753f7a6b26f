import { createBerichtenbox } from './berichten/berichtenbox'
import { createClock } from './clock'
import { createFaultRegistry } from './faults'
import { createRequestLog } from './requests'

/** Who is calling the API: the logged-in person, and whom they act for when that is the case. */
export interface Principal {
  bsn: string
  acr: string
  represents?: { bsn: string }
}

/** Turns a bearer token into a principal; the server plugs in the OpenID Provider, unit tests a fake. */
export type TokenResolver = (token: string) => Promise<Principal | null>

/**
 * The one place where the mock backend keeps its state. Handlers stay thin and read from here;
 * POST /__mock/reset brings all of it back to the seed.
 */
export function createBackend() {
  const clock = createClock()
  const faults = createFaultRegistry()
  const requests = createRequestLog()
  const berichtenbox = createBerichtenbox(clock)
  let resolveToken: TokenResolver = async () => null

  return {
    clock,
    faults,
    requests,
    berichtenbox,
    useTokenResolver(resolver: TokenResolver) {
      resolveToken = resolver
    },
    principalFor(token: string) {
      return resolveToken(token)
    },
    reset() {
      clock.reset()
      faults.clear()
      requests.clear()
      // After the clock: the seed is dated relative to its now.
      berichtenbox.reset()
    },
  }
}

export type MockBackend = ReturnType<typeof createBackend>

export const backend: MockBackend = createBackend()
