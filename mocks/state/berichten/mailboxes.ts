import { seededRandom } from '../random'
import { berichtenUit, ontvangerVoor } from './seed'
import { fatimaRegels } from './seed-fatima'
import { kleineSeeds } from './seed-familie'
import { keesBerichten } from './seed-kees'
import type { OpgeslagenBericht } from './types'

const FATIMA = '999990019'
const KEES = '999990044'

/**
 * The seeded mailbox of one person, newest first. Each person has their own random stream
 * (seeded with the BSN), so ids and amounts do not depend on who is asked for first.
 */
export function seedMailbox(bsn: string, anker: number): OpgeslagenBericht[] {
  const rng = seededRandom(`berichten-${bsn}`)
  const ontvanger = ontvangerVoor(bsn)
  if (bsn === KEES) return keesBerichten(ontvanger, anker, rng)
  const regels = bsn === FATIMA ? fatimaRegels : (kleineSeeds[bsn] ?? [])
  return berichtenUit(regels, ontvanger, anker, rng)
}
