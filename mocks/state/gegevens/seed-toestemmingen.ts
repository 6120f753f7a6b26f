import { DAG_MS, isoDatum } from '../dates'
import { seededRandom } from '../random'

export interface OpgeslagenToestemming {
  id: string
  ontvanger: { naam: string; soort: string }
  gegevens: string[]
  doel: string
  vanaf: string
  tot: string
  ingetrokkenOp?: number
}

interface Regel extends Omit<OpgeslagenToestemming, 'id' | 'vanaf' | 'tot'> {
  /** Days before the last reset it started, and days after it ends (negative: ended). */
  begonnenDagenGeleden: number
  eindigtOverDagen: number
}

/** Fatima allowed three private parties to receive some of her data; the names are made up. The adviser's has ended. */
const FATIMA: readonly Regel[] = [
  {
    ontvanger: { naam: 'Kroonspaar Bank', soort: 'Bank' },
    gegevens: ['Inkomen', 'Adres'],
    doel: 'Uw inkomen controleren voor een persoonlijke lening',
    begonnenDagenGeleden: 118,
    eindigtOverDagen: 247,
  },
  {
    ontvanger: { naam: 'Vliet & Berg Hypotheekadvies', soort: 'Hypotheekadviseur' },
    gegevens: ['Inkomen', 'WOZ-waarde', 'Eigendom van uw huis'],
    doel: 'Advies over het oversluiten van uw hypotheek',
    begonnenDagenGeleden: 214,
    eindigtOverDagen: -23,
  },
  {
    ontvanger: { naam: 'Woonstichting Lindeboog', soort: 'Woningcorporatie' },
    gegevens: ['Inkomen', 'Samenstelling huishouden'],
    doel: 'Uw inschrijving als woningzoekende: controle van inkomen en huishouden',
    begonnenDagenGeleden: 401,
    eindigtOverDagen: 329,
  },
]

const SEED: Readonly<Record<string, readonly Regel[]>> = { '999990019': FATIMA }

export function seedToestemmingen(bsn: string, anker: number): OpgeslagenToestemming[] {
  const rng = seededRandom(`toestemmingen-${bsn}`)
  return (SEED[bsn] ?? []).map(({ begonnenDagenGeleden, eindigtOverDagen, ...regel }) => ({
    ...regel,
    id: rng.uuid(),
    gegevens: [...regel.gegevens],
    vanaf: isoDatum(anker - begonnenDagenGeleden * DAG_MS),
    tot: isoDatum(anker + eindigtOverDagen * DAG_MS),
  }))
}
