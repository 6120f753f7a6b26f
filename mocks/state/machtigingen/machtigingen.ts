import type { DomainContext } from '../domains'
import { createHandelingenLog } from './handelingen-store'
import { createMachtigingenStore, type Namen } from './machtigingen-store'

/** The Machtigingen domain: who may act for whom, and what they did. Names come from the BRP. */
export function createMachtigingen({ clock }: DomainContext, namen: Namen) {
  const machtigingen = createMachtigingenStore(clock, namen)
  const handelingen = createHandelingenLog(clock, namen)
  return {
    ...machtigingen,
    handelingen,
    reset() {
      machtigingen.reset()
      handelingen.reset()
    },
  }
}

export type Machtigingen = ReturnType<typeof createMachtigingen>
