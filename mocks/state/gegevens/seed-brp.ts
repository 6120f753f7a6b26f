import { isValidBsn } from '../persons'
import type { BrpRecord } from './brp-types'
import { fatimasFamilie } from './seed-brp-familie'
import { kees } from './seed-brp-kees'
import { anderePersonen } from './seed-brp-personen'

/** Every person in the mock BRP, dated relative to `anker` (the mock clock at the last reset). */
export function seedBrp(anker: number): Map<string, BrpRecord> {
  const records = [...fatimasFamilie(anker), kees(), ...anderePersonen(anker)]
  for (const record of records) {
    if (!isValidBsn(record.burgerservicenummer)) throw new Error(`${record.burgerservicenummer} haalt de elfproef niet`)
  }
  return new Map(records.map((record) => [record.burgerservicenummer, record]))
}
