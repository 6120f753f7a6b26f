import express, { type Router } from 'express'
import * as v from 'valibot'
import { leesControlInvoer } from '../../control/invoer'
import type { MockBackend } from '../../state/backend'

const BsnQuery = v.object({ bsn: v.pipe(v.string('Geef bsn op.'), v.regex(/^\d{9}$/, 'bsn bestaat uit 9 cijfers.')) })

/** /__mock/machtigingen: a person's machtigingen and what was done on their behalf, so tests outside the project can check both. */
export function createMachtigingenMockRouter(backend: MockBackend): Router {
  const router = express.Router()

  router.get('/', (req, res) => {
    const query = leesControlInvoer(req, res, BsnQuery, 'Geef bsn op.', req.query)
    if (query) res.json(backend.machtigingen.lijst(query.bsn))
  })

  router.get('/handelingen', (req, res) => {
    const query = leesControlInvoer(req, res, BsnQuery, 'Geef bsn op.', req.query)
    if (query) res.json(backend.machtigingen.handelingen.lijst(query.bsn, 0, Number.MAX_SAFE_INTEGER).handelingen)
  })

  return router
}
