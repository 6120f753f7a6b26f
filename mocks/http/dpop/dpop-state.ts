import { createHash, createHmac, randomBytes } from 'node:crypto'
import { MAX_PROOF_AGE_SECONDS } from './proof-check'

/** A nonce is good for its own five minutes and the five before, so one issued just before a turn still works. */
const NONCE_WINDOW_MS = 5 * 60_000
/** Longer than any proof is accepted (the age limit, or two nonce windows): after that a replay fails on its iat or nonce. */
const JTI_MEMORY_MS = Math.max(2 * NONCE_WINDOW_MS, 2 * MAX_PROOF_AGE_SECONDS * 1000)
/** A flood of proofs cannot grow the memory without bound: when full, new proofs are refused until old ones expire. */
const MAX_JTIS = 200_000

export interface DpopState {
  nonces: { current(nowMs: number): string; isValid(nonce: string, nowMs: number): boolean }
  /** 'new' the first time a jti is seen, 'seen' for a replay, 'full' when no more can be remembered now. */
  jtis: { use(key: string, nowMs: number): 'new' | 'seen' | 'full' }
  reset(): void
}

/**
 * What the DPoP check remembers: the secret behind the nonces (derived from time, so none need storing) and the
 * jti of every proof it accepted lately. By real time, not the mock clock: a proof's age is about this device.
 */
export function createDpopState(): DpopState {
  const secret = randomBytes(32)
  const seen = new Map<string, number>()
  const nonceFor = (window: number) => createHmac('sha256', secret).update(String(window)).digest('base64url')

  function forgetExpired(nowMs: number) {
    for (const [key, expires] of seen) {
      // Insertion order is expiry order: stop at the first that is still valid.
      if (expires > nowMs) break
      seen.delete(key)
    }
  }

  return {
    nonces: {
      current: (nowMs) => nonceFor(Math.floor(nowMs / NONCE_WINDOW_MS)),
      isValid(nonce, nowMs) {
        const window = Math.floor(nowMs / NONCE_WINDOW_MS)
        return nonce === nonceFor(window) || nonce === nonceFor(window - 1)
      },
    },
    jtis: {
      use(key, nowMs) {
        forgetExpired(nowMs)
        // A fixed-size entry, whatever the jti looks like.
        const entry = createHash('sha256').update(key).digest('base64url')
        if (seen.has(entry)) return 'seen'
        if (seen.size >= MAX_JTIS) return 'full'
        seen.set(entry, nowMs + JTI_MEMORY_MS)
        return 'new'
      },
    },
    reset: () => seen.clear(),
  }
}
