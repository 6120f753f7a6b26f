import * as v from 'valibot'

/**
 * One API contract (issue 6 §4): the mock's tests read every answer with the app's own schema, so a mock
 * change the app cannot read fails here. The app's schemas let unknown fields pass (they drop them); the
 * contract schema adds the fields the spec has and the app does not read, and nothing else may appear.
 */
export function volgensContract<TContract extends v.GenericSchema>(app: v.GenericSchema, contract: TContract, body: unknown): v.InferOutput<TContract> {
  v.parse(app, body)
  const onbekend = onbekendeVelden(contract, body)
  if (onbekend.length > 0) throw new Error(`Velden die niet in het contract staan: ${onbekend.join(', ')}`)
  return v.parse(contract, body)
}

/** Paths in `waarde` that `schema` does not name; loose objects (problem+json) may carry extras on purpose. */
export function onbekendeVelden(schema: v.GenericSchema, waarde: unknown, pad = ''): string[] {
  const binnen: unknown = Reflect.get(schema, 'wrapped')
  if (isSchema(binnen)) return waarde === undefined || waarde === null ? [] : onbekendeVelden(binnen, waarde, pad)
  if (schema.type === 'array') {
    const item: unknown = Reflect.get(schema, 'item')
    return isSchema(item) && Array.isArray(waarde) ? waarde.flatMap((element, index) => onbekendeVelden(item, element, `${pad}[${index}]`)) : []
  }
  const velden: unknown = Reflect.get(schema, 'entries')
  if ((schema.type !== 'object' && schema.type !== 'strict_object') || !isRecord(velden) || !isRecord(waarde)) return []
  return Object.entries(waarde).flatMap(([naam, inhoud]) => {
    const veld = velden[naam]
    const veldPad = pad ? `${pad}.${naam}` : naam
    return isSchema(veld) ? onbekendeVelden(veld, inhoud, veldPad) : [veldPad]
  })
}

function isSchema(waarde: unknown): waarde is v.GenericSchema {
  return isRecord(waarde) && waarde['kind'] === 'schema'
}

function isRecord(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde)
}
