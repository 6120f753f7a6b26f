import type { OfflineCopy } from '@/shared/http'
import { markeerBijgewerkt, markeerGetoond, opslagProbleem } from './offline-status'
import type { OfflineContext } from './offline-store'

export interface OfflineCopyOptions {
  /** Whose data this is now; null when nobody is logged in (nothing is kept then). */
  context: () => OfflineContext | null
  /** The server's time, so "bijgewerkt op" is right when the device clock is not. */
  now: () => number
}

/**
 * The HTTP client's offline copy, backed by the encrypted store. The store (idb, WebCrypto) loads with the first
 * answer kept, after the page shows. What goes wrong is said once in the connection notice, never thrown:
 * the app works online without the copies.
 */
export function createOfflineCopy({ context, now }: OfflineCopyOptions): OfflineCopy {
  const store = () => import('./offline-store')
  return {
    keep(url, data) {
      const whose = context()
      if (!whose) return
      const op = now()
      store()
        .then(({ keepCopy }) => keepCopy(whose, url, data, op))
        .then(() => markeerBijgewerkt(op))
        .catch((error: unknown) => {
          opslagProbleem.value = isQuotaError(error) ? 'vol' : 'niet-beschikbaar'
        })
    },
    async find(url) {
      const whose = context()
      if (!whose) return undefined
      try {
        const { findCopy } = await store()
        const found = await findCopy(whose, url)
        if (!found) return undefined
        markeerGetoond(found.opgeslagenOp)
        return found.data
      } catch (error) {
        opslagProbleem.value = error instanceof Error && error.name === 'OnleesbareKopie' ? 'onleesbaar' : 'niet-beschikbaar'
        return undefined
      }
    },
  }
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  const inner = error instanceof Error && error.cause instanceof DOMException ? error.cause.name : ''
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError'
}
