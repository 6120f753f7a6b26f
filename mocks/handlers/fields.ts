/**
 * The BRP "fields" parameter: return only the requested paths ("naam", "naam.voornamen").
 * An unknown path is an error, as in the real API.
 */
export function pickFields(source: Record<string, unknown>, fields: string[]): Record<string, unknown> | { unknown: string } {
  const result: Record<string, unknown> = {}
  for (const field of fields) {
    const [head = '', ...rest] = field.split('.')
    // Own properties only: "constructor" or "toString" are not BRP fields.
    if (!Object.hasOwn(source, head)) return { unknown: field }
    const value = source[head]
    if (rest.length === 0 || !isRecord(value)) {
      result[head] = value
      continue
    }
    const picked = pickFields(value, [rest.join('.')])
    if ('unknown' in picked && typeof picked.unknown === 'string') return { unknown: field }
    result[head] = { ...(isRecord(result[head]) ? result[head] : {}), ...picked }
  }
  return result
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
