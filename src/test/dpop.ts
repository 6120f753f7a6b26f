import type { DPoPState } from 'oidc-client-ts'
import type { DpopKeyStore } from '@/features/auth/dpop/dpop-key-store'
import type { KeyProofRequest } from '@/shared/http'
import { signTestProof } from '../../mocks/handlers/test-dpop'

/**
 * Proofs with the key the mock's fake tokens are bound to, so a component test's client talks to the mock as the
 * app does. Synchronous signing: the tests' flushPromises stays enough (the app's own signer is WebCrypto, tested
 * against the mock's verifier in features/auth/dpop).
 */
export const testProof = async (request: KeyProofRequest) => signTestProof(request)

/** A key store in memory for the auth store in tests (component tests' clients prove with the test key itself). */
export function memoryKeyStore(): DpopKeyStore & { saved: Map<string, DPoPState> } {
  const saved = new Map<string, DPoPState>()
  return {
    saved,
    inMemory: async () => false,
    set: async (key, value) => void saved.set(key, value),
    get: async (key) => saved.get(key) as DPoPState,
    remove: async (key) => {
      const value = saved.get(key)
      saved.delete(key)
      return value as DPoPState
    },
    getAllKeys: async () => [...saved.keys()],
  }
}
