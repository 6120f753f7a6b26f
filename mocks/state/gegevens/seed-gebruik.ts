import { DAG_MS } from '../dates'
import { seededRandom } from '../random'
import * as vorm from './seed-gebruik-sjablonen'
import type { Gebruiksvorm } from './seed-gebruik-sjablonen'

/** One line of the usage log as the store keeps it (tijdstip in ms). */
export interface GebruikRegel extends Gebruiksvorm {
  id: string
  tijdstip: number
  gemachtigde?: string
  toestemmingId?: string
}

const beginVanDag = (ms: number) => ms - (ms % DAG_MS)

/** Which use, on which days before the last reset: the past two years. */
type Schema = readonly (readonly [Gebruiksvorm, readonly number[]])[]

const SCHEMAS: Readonly<Record<string, Schema>> = {
  '999990019': [
    [vorm.toeslagen, [12, 195, 380, 560, 700]],
    [vorm.aangifte, [40, 280, 405, 650]],
    [vorm.woz('Utrecht'), [300, 665]],
    [vorm.gemeentebelastingen('Utrecht'), [298, 662]],
    [vorm.parkeervergunning, [9, 11]],
    [vorm.stempas('Utrecht'), [270, 420]],
    [vorm.ww, [18, 25, 60]],
    [vorm.aanvullendeBeurs, [50, 410]],
    [vorm.verkeersboete, [88, 515]],
    [vorm.kinderbijslag, [150, 330, 510]],
    [vorm.apkHerinnering, [340, 705]],
    [vorm.waterschap, [290, 655]],
  ],
  '999990044': [
    [vorm.aangifte, [45, 410]],
    [vorm.verkeersboete, [20, 75, 130, 300]],
    [vorm.apkHerinnering, [15, 200, 380]],
    [vorm.woz('Utrecht'), [301]],
    [vorm.gemeentebelastingen('Utrecht'), [297]],
  ],
  '999990032': [
    [vorm.aow, [30, 210, 395]],
    [vorm.eigenBijdrageWmo, [60, 420]],
    [vorm.wmo('Amersfoort'), [100]],
    [vorm.aangifte, [45, 410]],
    [vorm.woz('Amersfoort'), [305]],
  ],
  '999990020': [
    [vorm.aangifte, [44, 409]],
    [vorm.woz('Utrecht'), [299]],
    [vorm.apkHerinnering, [160]],
  ],
  '999990068': [[vorm.aangifte, [46]]],
  '999990081': [
    [vorm.aow, [120]],
    [vorm.toeslagen, [200]],
    [vorm.eigenBijdrageWmo, [250]],
  ],
  '999990093': [
    [vorm.ww, [10, 40]],
    [vorm.studieschuld, [90]],
  ],
  '999990111': [
    [vorm.ww, [5]],
    [vorm.toeslagen, [100, 400]],
    [vorm.gemeentebelastingen('Utrecht'), [298]],
  ],
}

/** The seeded usage log of one person, during office hours (07:00–16:00 UTC), days before `anker`. */
export function seedGebruik(bsn: string, anker: number): GebruikRegel[] {
  const rng = seededRandom(`gebruik-${bsn}`)
  return (SCHEMAS[bsn] ?? []).flatMap(([gebruiksvorm, dagen]) =>
    dagen.map((dagenGeleden) => ({
      ...gebruiksvorm,
      gegevens: [...gebruiksvorm.gegevens],
      id: rng.uuid(),
      tijdstip: beginVanDag(anker - dagenGeleden * DAG_MS) + rng.int(7 * 60, 16 * 60) * 60_000,
    })),
  )
}
