import type { Bron, Diplomas, Inkomens, OnroerendeZaken, Voertuigen } from '../../../src/features/gegevens/gegevens.schemas'
import type { MockClock } from '../clock'
import { DAG_MS } from '../dates'
import { diplomasSeed } from './seed-diplomas'
import { inkomensSeed } from './seed-inkomens'
import { onroerendeZakenSeed } from './seed-onroerende-zaken'
import { voertuigenSeed } from './seed-voertuigen'

const UUR_MS = 60 * 60 * 1000

/** The organisations that keep the data, how to reach them, and how long before the last reset their data last changed. */
const BRONNEN = {
  voertuigen: { organisatie: 'RDW', telefoon: '0900 07 39', website: 'https://www.rdw.nl', geleden: 3 * DAG_MS + 7 * UUR_MS },
  onroerendeZaken: { organisatie: 'Kadaster', telefoon: '088 183 22 00', website: 'https://www.kadaster.nl', geleden: 41 * DAG_MS + 2 * UUR_MS },
  diplomas: { organisatie: 'DUO', telefoon: '050 599 77 55', website: 'https://duo.nl', geleden: 12 * DAG_MS + 5 * UUR_MS },
  inkomens: { organisatie: 'Belastingdienst', telefoon: '0800 0543', website: 'https://www.belastingdienst.nl', geleden: 26 * DAG_MS + 9 * UUR_MS },
} as const

/**
 * RDW, Kadaster/WOZ, DUO and Belastingdienst: what each registers about a person. Someone they know nothing
 * about gets empty lists, never "not found". Dated relative to the mock clock at the last reset.
 */
export function createBronnen(clock: MockClock) {
  let anker = clock.now().getTime()
  const bron = (soort: keyof typeof BRONNEN): Bron => {
    const { geleden, ...contact } = BRONNEN[soort]
    return { ...contact, bijgewerktOp: new Date(anker - geleden).toISOString() }
  }
  return {
    voertuigen: (bsn: string): Voertuigen => ({ bron: bron('voertuigen'), voertuigen: voertuigenSeed[bsn]?.(anker) ?? [] }),
    onroerendeZaken: (bsn: string): OnroerendeZaken => ({ bron: bron('onroerendeZaken'), onroerendeZaken: onroerendeZakenSeed[bsn]?.(anker) ?? [] }),
    diplomas: (bsn: string): Diplomas => ({ bron: bron('diplomas'), diplomas: [...(diplomasSeed[bsn] ?? [])] }),
    inkomens: (bsn: string): Inkomens => ({ bron: bron('inkomens'), inkomens: inkomensSeed[bsn]?.(anker) ?? [] }),
    reset() {
      anker = clock.now().getTime()
    },
  }
}

export type Bronnen = ReturnType<typeof createBronnen>
