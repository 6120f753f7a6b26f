/**
 * The organisations that send post in the seed. `magazijnId` stands in for the OIN of the
 * organisation's berichtenmagazijn: 20 digits like a real OIN, but made up.
 */
export interface Afzender {
  naam: string
  magazijnId: string
  /** How long its berichten are kept, in months (each organisation decides this itself). */
  bewaarMaanden: number
}

export const afzenders: readonly Afzender[] = [
  { naam: 'Belastingdienst', magazijnId: '00000001999000001000', bewaarMaanden: 84 },
  { naam: 'Gemeente Utrecht', magazijnId: '00000001999000002000', bewaarMaanden: 36 },
  { naam: 'Gemeente Amersfoort', magazijnId: '00000001999000003000', bewaarMaanden: 36 },
  { naam: 'UWV', magazijnId: '00000001999000004000', bewaarMaanden: 60 },
  { naam: 'SVB', magazijnId: '00000001999000005000', bewaarMaanden: 60 },
  { naam: 'DUO', magazijnId: '00000001999000006000', bewaarMaanden: 60 },
  { naam: 'RDW', magazijnId: '00000001999000007000', bewaarMaanden: 24 },
  { naam: 'CJIB', magazijnId: '00000001999000008000', bewaarMaanden: 24 },
]

const byName = new Map(afzenders.map((afzender) => [afzender.naam.toLowerCase(), afzender]))

export function findAfzender(naam: string): Afzender | undefined {
  return byName.get(naam.toLowerCase())
}

/** A stable OIN-like id for an afzender that is not in the seed (a test may invent one). */
export function magazijnIdVoor(naam: string): string {
  const known = findAfzender(naam)
  if (known) return known.magazijnId
  let hash = 0
  for (const char of naam) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 1_000_000_000
  return `00000001${String(hash).padStart(9, '0')}000`
}
