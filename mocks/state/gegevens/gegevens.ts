import type { DomainContext } from '../domains'
import { createBronnen } from './bronnen'
import { createBrpRegister } from './brp-register'
import { createGebruiksLog } from './gebruik-store'
import { createToestemmingenStore } from './toestemmingen-store'

/** The Gegevens domain: the BRP, the other registries, the usage log and the toestemmingen. */
export function createGegevens({ clock }: DomainContext) {
  const brp = createBrpRegister(clock)
  const bronnen = createBronnen(clock)
  const toestemmingen = createToestemmingenStore(clock)
  const gebruik = createGebruiksLog(clock, toestemmingen)
  return {
    brp,
    bronnen,
    toestemmingen,
    gebruik,
    /** Call after the clock is reset: the seeds are dated relative to its now. */
    reset() {
      brp.reset()
      bronnen.reset()
      toestemmingen.reset()
      gebruik.reset()
    },
  }
}

export type Gegevens = ReturnType<typeof createGegevens>
