import type { Principal } from '../../state/backend'
import type { AfzenderBereik } from '../../state/berichten/types'

/** Whose mailbox: the person represented when someone acts on their behalf, else the caller's own. */
export const ontvangerVan = (principal: Principal) => principal.represents?.bsn ?? principal.bsn

/**
 * Which afzenders the caller may see in that mailbox. A machtiging can be limited to some
 * organisations (Pieter sees only SVB and Belastingdienst post of his mother); that scope plugs in
 * here. Until machtigingen exist, everyone sees all. A bericht outside the scope answers 404.
 */
export function visibleAfzenders(_principal: Principal): AfzenderBereik {
  return 'alle'
}
