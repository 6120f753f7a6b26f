/**
 * Input handling, the one way every handler does it: a valibot schema with Dutch messages, and problem+json
 * with invalidParams when the input does not fit. (The server refuses bodies that are not JSON or too large
 * before they are read, see mocks/http/; the checks here keep msw/node tests honest too.)
 */

import * as v from 'valibot'
import { badRequest, problem, type InvalidParam } from './problem'

export type { InvalidParam }

/** valibot issues as the invalidParams of a problem+json body; our schemas carry Dutch messages. */
export function invalidParams(issues: readonly v.BaseIssue<unknown>[]): InvalidParam[] {
  return issues.map((issue) => {
    const name = v.getDotPath(issue) ?? 'body'
    // A missing key is reported by the object around it, in English: say it like the BRP mock does.
    if (issue.type === 'object' && issue.input === undefined && name !== 'body') {
      return { name, code: 'required', reason: 'Dit veld is verplicht.' }
    }
    return { name, code: issue.type, reason: issue.message }
  })
}

export type Gevalideerd<T> = { ok: true; waarde: T } | { ok: false; antwoord: Response }

export function valideer<TSchema extends v.GenericSchema>(schema: TSchema, invoer: unknown, detail: string): Gevalideerd<v.InferOutput<TSchema>> {
  const resultaat = v.safeParse(schema, invoer)
  if (resultaat.success) return { ok: true, waarde: resultaat.output }
  return { ok: false, antwoord: badRequest(detail, invalidParams(resultaat.issues)) }
}

/** The JSON body, or a problem when it is missing, not JSON, or sent as another media type. */
export async function leesJson(request: Request): Promise<Gevalideerd<unknown>> {
  const mediaType = request.headers.get('content-type') ?? ''
  if (!/^application\/([\w.-]+\+)?json\b/i.test(mediaType)) {
    return { ok: false, antwoord: problem(415, 'Verkeerd mediatype', 'Stuur de gegevens als JSON.') }
  }
  try {
    return { ok: true, waarde: JSON.parse(await request.text()) }
  } catch {
    return { ok: false, antwoord: badRequest('De gegevens zijn geen geldige JSON.', [{ name: 'body', code: 'json', reason: 'Geen geldige JSON.' }]) }
  }
}

/** The JSON body checked against a schema: the one preamble every write handler shares. */
export async function leesInvoer<TSchema extends v.GenericSchema>(
  request: Request,
  schema: TSchema,
  detail: string,
): Promise<Gevalideerd<v.InferOutput<TSchema>>> {
  const body = await leesJson(request)
  return body.ok ? valideer(schema, body.waarde, detail) : body
}

/** A whole number in a query parameter, within bounds (pagina, paginaGrootte). */
export const geheelGetal = (naam: string, min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^\d{1,7}$/, `${naam} moet een geheel getal zijn.`),
    v.transform(Number),
    v.minValue(min, `${naam} moet minstens ${min} zijn.`),
    v.maxValue(max, `${naam} mag hoogstens ${max} zijn.`),
  )
