import type { Request, Response } from 'express'
import { problemBody } from '../handlers/problem'

/** Whether the request carries a body at all (an empty Content-Length: 0 does not count). */
export function hasBody(req: Request): boolean {
  const length = req.headers['content-length']
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
}

/**
 * problem+json from express, for answers outside the MSW handlers (/__mock, refusals before a handler, errors).
 * When the body was not read to the end, the connection closes after the answer instead of reading the rest.
 */
export function sendProblem(req: Request, res: Response, status: number, title: string, detail?: string, extra: Record<string, unknown> = {}): void {
  if (hasBody(req) && !req.complete) res.set('Connection', 'close')
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('application/problem+json')
    .send(JSON.stringify(problemBody(status, title, detail, extra)))
}
