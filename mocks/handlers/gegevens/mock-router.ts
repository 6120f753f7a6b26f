import express, { type Router } from 'express'
import * as v from 'valibot'
import { leesControlInvoer } from '../../control/invoer'
import type { MockBackend } from '../../state/backend'

const BsnQuery = v.object({ bsn: v.pipe(v.string('Geef bsn op.'), v.regex(/^\d{9}$/, 'bsn bestaat uit 9 cijfers.')) })

/** /__mock/gegevens: the Gegevens domain's part of the test control API. */
export function createGegevensMockRouter(backend: MockBackend): Router {
  const router = express.Router()

  // The whole usage log of a person, newest first, so tests outside the project can prove what was (not) shared.
  router.get('/gebruik', (req, res) => {
    const query = leesControlInvoer(req, res, BsnQuery, 'Geef bsn op.', req.query)
    if (query) res.json(backend.gegevens.gebruik.alle(query.bsn))
  })

  return router
}
