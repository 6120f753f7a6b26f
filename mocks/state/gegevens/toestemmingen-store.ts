import type { Toestemming } from '../../../src/features/gegevens/gegevens.schemas'
import type { MockClock } from '../clock'
import { isoDatum } from '../dates'
import { seedToestemmingen, type OpgeslagenToestemming } from './seed-toestemmingen'
import { delingen } from './toestemming-delingen'

export type Intrekking =
  | { uitkomst: 'ingetrokken' | 'al-ingetrokken'; toestemming: Toestemming; opgeslagen: OpgeslagenToestemming }
  | { uitkomst: 'verlopen' | 'niet-gevonden' }

/** Regie op gegevens: to whom each person allowed data to be shared. Status and last share follow the mock clock. */
export function createToestemmingenStore(clock: MockClock) {
  let anker = clock.now().getTime()
  let perBsn = new Map<string, OpgeslagenToestemming[]>()

  function van(bsn: string): OpgeslagenToestemming[] {
    let lijst = perBsn.get(bsn)
    if (!lijst) {
      lijst = seedToestemmingen(bsn, anker)
      perBsn.set(bsn, lijst)
    }
    return lijst
  }

  function weergave(opgeslagen: OpgeslagenToestemming): Toestemming {
    const nu = clock.now().getTime()
    const { id, ontvanger, gegevens, doel, vanaf, tot, ingetrokkenOp } = opgeslagen
    const laatste = delingen(opgeslagen, nu).at(-1)
    const status = ingetrokkenOp !== undefined ? 'ingetrokken' : isoDatum(nu) > tot ? 'verlopen' : 'actief'
    return {
      id,
      ontvanger: { ...ontvanger },
      gegevens: [...gegevens],
      doel,
      vanaf,
      tot,
      status,
      ...(ingetrokkenOp === undefined ? {} : { ingetrokkenOp: new Date(ingetrokkenOp).toISOString() }),
      ...(laatste === undefined ? {} : { laatstGedeeldOp: new Date(laatste).toISOString() }),
    }
  }

  return {
    lijst: (bsn: string): Toestemming[] => van(bsn).map(weergave),
    /** The stored ones, for the usage log (which works out their shares). */
    opgeslagen: (bsn: string): readonly OpgeslagenToestemming[] => van(bsn),

    /** Withdraw at once. Again: unchanged. An ended one cannot be withdrawn: it shares nothing anymore. */
    trekIn(bsn: string, id: string): Intrekking {
      const opgeslagen = van(bsn).find((toestemming) => toestemming.id === id)
      if (!opgeslagen) return { uitkomst: 'niet-gevonden' }
      if (opgeslagen.ingetrokkenOp !== undefined) return { uitkomst: 'al-ingetrokken', toestemming: weergave(opgeslagen), opgeslagen }
      if (weergave(opgeslagen).status === 'verlopen') return { uitkomst: 'verlopen' }
      opgeslagen.ingetrokkenOp = clock.now().getTime()
      return { uitkomst: 'ingetrokken', toestemming: weergave(opgeslagen), opgeslagen }
    },

    reset() {
      anker = clock.now().getTime()
      perBsn = new Map()
    },
  }
}

export type ToestemmingenStore = ReturnType<typeof createToestemmingenStore>
