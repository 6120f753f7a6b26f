import express, { type RequestHandler } from 'express'
import { errorPage } from './provider-pages'

/** A login form holds a few short fields: 10 KB is plenty. */
export const MAX_FORM_BYTES = 10 * 1024

/**
 * The parser for the DigiD forms. body-parser refuses a body over its limit, but only after reading all
 * of it (300 MB, if the request says so). So a length over the limit is refused before a byte is read,
 * and so is a body without a length (a browser always sends one with a form); the connection then closes.
 */
export function formParser(basePath: string): RequestHandler[] {
  const refuseLarge: RequestHandler = (req, res, next) => {
    const length = req.headers['content-length']
    const chunked = req.headers['transfer-encoding'] !== undefined && length === undefined
    if (!chunked && Number(length ?? 0) <= MAX_FORM_BYTES) return next()
    res
      .status(chunked ? 411 : 413)
      .set({ Connection: 'close', 'Cache-Control': 'no-store' })
      .type('html')
      .send(errorPage(basePath, { error: 'invalid_request', description: chunked ? 'Het formulier kwam zonder lengte.' : 'Het formulier is te groot.' }))
  }
  return [refuseLarge, express.urlencoded({ extended: false, limit: MAX_FORM_BYTES, parameterLimit: 20 })]
}
