import express, { type Router } from 'express'
import * as v from 'valibot'
import { leesControlInvoer } from '../../control/invoer'
import type { MockBackend } from '../../state/backend'

const BsnQuery = v.object({ bsn: v.pipe(v.string('Geef bsn op.'), v.regex(/^\d{9}$/, 'bsn bestaat uit 9 cijfers.')) })

/** /__mock/correctieverzoeken?bsn=: the requests the store holds for that person, newest first, so tests can prove exactly-once. */
export function createMfoMockRouter(backend: MockBackend): Router {
  const router = express.Router()

  router.get('/', (req, res) => {
    const query = leesControlInvoer(req, res, BsnQuery, 'Geef bsn op.', req.query)
    if (query) res.json(backend.mfo.lijst(query.bsn))
  })

  return router
}
