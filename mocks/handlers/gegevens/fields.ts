import { BRP_VELDEN, type VeldBoom } from './brp-velden'

/** What to take of an object: all of a field (true) or some of its fields. */
interface Selectie {
  [naam: string]: true | Selectie
}

/**
 * The `fields` as one selection, or the first path that is not a BRP field (a 400, as in the real API).
 * Own properties only, so "constructor" or "__proto__" are never fields.
 */
export function selectie(fields: readonly string[]): { selectie: Selectie } | { onbekend: string } {
  const resultaat: Selectie = {}
  for (const field of fields) {
    let boom: VeldBoom = BRP_VELDEN
    let doel: Selectie = resultaat
    const delen = field.split('.')
    for (const [index, deel] of delen.entries()) {
      const knoop = Object.hasOwn(boom, deel) ? boom[deel] : undefined
      if (knoop === undefined) return { onbekend: field }
      const laatste = index === delen.length - 1
      const bestaand = Object.hasOwn(doel, deel) ? doel[deel] : undefined
      if (laatste || knoop === true) {
        if (!laatste) return { onbekend: field }
        doel[deel] = true
        break
      }
      if (bestaand === true) break
      const dieper: Selectie = bestaand ?? {}
      doel[deel] = dieper
      doel = dieper
      boom = knoop
    }
  }
  return { selectie: resultaat }
}

/**
 * Only the selected fields of the person. Paths go through arrays ("partners.naam" takes the name of every
 * partner). A polymorphic object (verblijfplaats, nationaliteit, gezag) keeps its `type`, as in the real API.
 * Data that is not there stays away: no empty objects or lists.
 */
export function kies(waarde: unknown, selectie: true | Selectie): unknown {
  if (selectie === true) return waarde
  if (Array.isArray(waarde)) {
    const items = waarde.map((item) => kies(item, selectie)).filter((item) => item !== undefined)
    return items.length > 0 ? items : undefined
  }
  if (!isRecord(waarde)) return undefined
  const resultaat: Record<string, unknown> = {}
  for (const [naam, deel] of Object.entries(selectie)) {
    const gekozen = Object.hasOwn(waarde, naam) ? kies(waarde[naam], deel) : undefined
    if (gekozen !== undefined) resultaat[naam] = gekozen
  }
  if (Object.keys(resultaat).length === 0) return undefined
  const type = waarde['type']
  return typeof type === 'string' ? { type, ...resultaat } : resultaat
}

function isRecord(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde)
}
