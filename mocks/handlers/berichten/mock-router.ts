import express, { type Router } from 'express'
import * as v from 'valibot'
import { asyncRoute, leesControlInvoer } from '../../control/invoer'
import { sendProblem } from '../../http/send-problem'
import type { MockBackend } from '../../state/backend'
import { NieuwBerichtBody } from './nieuw-bericht'
import { volledigBericht } from './representatie'

const CodeQuery = v.object({ bsn: v.pipe(v.string('Geef bsn op.'), v.regex(/^\d{9}$/, 'bsn bestaat uit 9 cijfers.')) })

/** /__mock/berichten (DESIGN.md §6): the Berichtenbox's part of the test control API. */
export function createBerichtenMockRouter(backend: MockBackend): Router {
  const router = express.Router()
  const { berichten, instellingen } = backend.berichtenbox

  // A new letter arrives for that person.
  router.post(
    '/',
    asyncRoute(async (req, res) => {
      const nieuw = leesControlInvoer(req, res, NieuwBerichtBody, 'Geef bsn, afzender, onderwerp en inhoud op.')
      if (!nieuw) return
      const { bsn, ...bericht } = nieuw
      const bezorgd = berichten.bezorg(bsn, bericht)
      res.status(201).json(await volledigBericht(berichten, bsn, bezorgd))
    }),
  )

  // The e-mail with the verification code never leaves the mock: tests read the code here (or in GET /__mock/mail).
  router.get('/verificatiecodes', (req, res) => {
    const query = leesControlInvoer(req, res, CodeQuery, 'Geef bsn op.', req.query)
    if (!query) return
    const code = instellingen.laatsteCode(query.bsn)
    if (!code) {
      sendProblem(req, res, 404, 'Geen code', 'Voor deze bsn staat geen verificatiecode open.')
      return
    }
    res.json({ code })
  })

  return router
}
