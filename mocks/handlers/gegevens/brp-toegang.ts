import { backend } from '../../state/backend'
import type { Toegang } from '../authorize'
import { problem } from '../problem'

/**
 * Whose BRP data the caller may read: their own (or, acting for someone, that person's), and a minor child
 * over whom that person has gezag, by the mock clock today. Anyone else: 403.
 */
export function brpToegang(toegang: Toegang, bsn: string): 'eigen' | 'kind' | Response {
  if (bsn === toegang.bsn) return 'eigen'
  if (backend.gegevens.brp.heeftGezag(toegang.bsn, bsn)) return 'kind'
  return problem(403, 'Geen toegang', 'U mag alleen uw eigen gegevens opvragen, en die van uw kinderen onder 18 jaar over wie u het gezag heeft.', {
    code: 'geen-toegang',
  })
}
