import type { Request, Response } from 'express'
import * as v from 'valibot'
import { invalidParams } from '../handlers/validatie'
import { sendProblem } from '../http/send-problem'

/**
 * The same input handling as the API handlers (valibot, problem+json with invalidParams), for the express
 * routes of /__mock. Undefined means the 400 was sent already.
 */
export function leesControlInvoer<TSchema extends v.GenericSchema>(
  req: Request,
  res: Response,
  schema: TSchema,
  detail: string,
  invoer: unknown = req.body,
): v.InferOutput<TSchema> | undefined {
  const resultaat = v.safeParse(schema, invoer)
  if (resultaat.success) return resultaat.output
  sendProblem(req, res, 400, 'Ongeldige vraag', detail, { invalidParams: invalidParams(resultaat.issues) })
  return undefined
}

/** Express 4 does not catch rejected promises: hand them to the error handler. */
export function asyncRoute(handler: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response, next: (error?: unknown) => void) => {
    handler(req, res).catch(next)
  }
}
