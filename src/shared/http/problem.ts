import * as v from 'valibot'

/**
 * One wrong field or parameter. ZGW (`FieldValidationError`) and Haal Centraal (`InvalidParam`) both use this shape;
 * Haal Centraal adds a `type` URI.
 */
const invalidParamSchema = v.object({
  name: v.string(),
  code: v.optional(v.string()),
  reason: v.string(),
  type: v.optional(v.string()),
})

/**
 * An `application/problem+json` body (RFC 9457, NL API Design Rules). Every member is optional in the RFC, so we
 * demand none of them; `code` and `invalidParams` are the extensions the ZGW and Haal Centraal APIs send.
 */
// Loose: APIs add their own fields to a problem (such as pogingenOver); keep them for the caller.
export const problemSchema = v.looseObject({
  type: v.optional(v.string()),
  title: v.optional(v.string()),
  status: v.optional(v.number()),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  code: v.optional(v.string()),
  invalidParams: v.optional(v.array(invalidParamSchema)),
})

export type Problem = v.InferOutput<typeof problemSchema>
export type InvalidParam = v.InferOutput<typeof invalidParamSchema>

/**
 * Reads the problem from an error response. An error response is already bad news, so a missing, non-JSON or
 * odd body must not make it worse: anything we cannot trust gives `undefined`.
 */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const text = await response.text()
    if (text.trim() === '') return undefined
    const result = v.safeParse(problemSchema, JSON.parse(text))
    return result.success ? result.output : undefined
  } catch {
    return undefined
  }
}
