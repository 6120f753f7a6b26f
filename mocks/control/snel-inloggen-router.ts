import express, { type Router } from 'express'
import * as v from 'valibot'
import { DIGID_LEVELS } from '../../src/features/auth/assurance-levels'
import type { VoorWie } from '../digid/represent-form'
import type { SnelInloggen } from '../digid/snel-inloggen'
import { sendProblem } from '../http/send-problem'
import { findTestPerson } from '../state/persons'
import { leesControlInvoer } from './invoer'

const bsn = v.pipe(v.string('Geef een BSN op.'), v.regex(/^\d{9}$/, 'Een BSN heeft 9 cijfers.'))
const SnelInloggenBody = v.object({
  bsn: v.pipe(bsn, v.check((waarde) => findTestPerson(waarde) !== undefined, 'Dit is geen testpersoon.')),
  niveau: v.picklist(DIGID_LEVELS, 'Kies basis, midden, substantieel of hoog.'),
  namens: v.optional(bsn),
})

/**
 * POST /__mock/digid/snel-inloggen { bsn, niveau, namens? } → 204: the next DigiD login (within a minute) is
 * this person at this level, for the person named, without the login page. The screens overview uses it to
 * open a screen in a state; `namens` must be someone the person may act for now.
 */
export function createSnelInloggenRouter(snelInloggen: SnelInloggen, voorWie: VoorWie): Router {
  const router = express.Router()
  // Back to the seed state includes no login chosen (the shared /reset answers after this).
  router.post('/reset', (_req, _res, next) => {
    snelInloggen.vergeet()
    next()
  })
  router.post('/digid/snel-inloggen', (req, res) => {
    const body = leesControlInvoer(req, res, SnelInloggenBody, 'Geef "bsn" van een testpersoon en "niveau" op.')
    if (!body) return
    if (body.namens && !voorWie(body.bsn).some((keuze) => keuze.burgerservicenummer === body.namens)) {
      sendProblem(req, res, 400, 'Ongeldige vraag', 'Deze persoon heeft nu geen machtiging van die BSN.')
      return
    }
    snelInloggen.kies({ bsn: body.bsn, level: body.niveau, ...(body.namens ? { represents: body.namens } : {}) })
    res.status(204).end()
  })
  return router
}
