import * as v from 'valibot'
import { ApiError, kindForStatus } from './api-error'
import { readProblem } from './problem'
import { retryAfterFor } from './retry'

/** A valibot schema that checks a response body and gives a `T`. */
export type ResponseSchema<T> = v.GenericSchema<unknown, T>

export function encodeBody(body: unknown): { payload?: BodyInit; contentType?: string } {
  if (body === undefined) return {}
  // For these the runtime sets the content type itself (the multipart boundary, the blob's own type).
  if (body instanceof FormData || body instanceof Blob) return { payload: body }
  return { payload: JSON.stringify(body), contentType: 'application/json' }
}

/** Parses and checks a JSON body. Data that does not match the schema never reaches the caller. */
export async function readJson<T>(response: Response, schema: ResponseSchema<T>): Promise<T> {
  return checkJson(await parseJson(response), schema, response.status)
}

export async function parseJson(response: Response): Promise<unknown> {
  const text = await response.text()
  try {
    // An empty body (204) is checked as `undefined`: a schema that expects data then reports it missing.
    return text.trim() === '' ? undefined : (JSON.parse(text) as unknown)
  } catch (cause) {
    throw new ApiError('malformed', { status: response.status, cause })
  }
}

export function checkJson<T>(data: unknown, schema: ResponseSchema<T>, status?: number): T {
  const result = v.safeParse(schema, data)
  if (!result.success) {
    // Paths and expectations only: valibot's own messages quote the received values, which may be personal data.
    const where = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: expected ${issue.expected ?? '?'}`)
    throw new ApiError('malformed', {
      status,
      cause: new Error(`Response does not match its schema. ${where.join('; ')}`),
    })
  }
  return result.output
}

export async function discardBody(response: Response): Promise<void> {
  // Frees the connection; nothing in this body is needed.
  await response.body?.cancel()
}

export async function errorFromResponse(response: Response, nowMs: number): Promise<ApiError> {
  const problem = await readProblem(response)
  return new ApiError(kindForStatus(response.status, problem), {
    status: response.status,
    problem,
    retryAfterSeconds: retryAfterFor(response, nowMs),
  })
}
