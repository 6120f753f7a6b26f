import type { EidasAcr } from '../../../src/features/auth/assurance-levels'
import { authorize } from '../authorize'
import { badRequest } from '../problem'

/**
 * The one check of every MFO request: reporting a fault is the person's own business (a parent may for a
 * minor child, through their own login), so someone acting for another is always refused (reden `nooit`).
 */
export const mfoToegang = (request: Request, niveau?: EidasAcr) => authorize(request, { onderdeel: 'persoonlijk', wat: 'correctieverzoeken', ...(niveau ? { niveau } : {}) })

/**
 * A request that creates something must come exactly once: without an Idempotency-Key a retry after a timeout
 * could make a second one. The key itself is checked and replayed by mocks/http/idempotency.ts.
 */
export function zonderSleutel(request: Request): Response | undefined {
  if ((request.headers.get('idempotency-key') ?? '').trim() !== '') return undefined
  return badRequest('Stuur een Idempotency-Key mee, zodat uw verzoek maar één keer aankomt.', [
    { name: 'Idempotency-Key', code: 'required', reason: 'Deze header is verplicht, bijvoorbeeld met een UUID.' },
  ])
}
