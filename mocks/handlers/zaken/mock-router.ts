import express, { type Router } from 'express'
import * as v from 'valibot'
import { leesControlInvoer } from '../../control/invoer'
import { sendProblem } from '../../http/send-problem'
import type { MockBackend } from '../../state/backend'
import type { OpgeslagenZaak } from '../../state/zaken/types'
import { huidigeStatus, isAfgesloten } from '../../state/zaken/weergave'
import { zaaktypeStappen } from './stappen'

const BsnQuery = v.object({ bsn: v.pipe(v.string('Geef bsn op.'), v.regex(/^\d{9}$/, 'bsn bestaat uit 9 cijfers.')) })
const StatusBody = v.optional(
  v.object({
    statustype: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(1000))),
    resultaat: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  }),
  {},
)

/** DESIGN.md §6: the zaken of a person, as tests outside the project need them. */
const kort = (zaak: OpgeslagenZaak) => ({
  id: zaak.uuid,
  identificatie: zaak.identificatie,
  omschrijving: zaak.omschrijving,
  organisatie: zaak.zaaktype.organisatie,
  status: zaak.zaaktype.stappen[huidigeStatus(zaak).stap]?.omschrijving ?? '',
})

/** /__mock/zaken: find a person's zaken, and move one on as its organisation would. */
export function createZakenMockRouter(backend: MockBackend): Router {
  const router = express.Router()

  router.get('/', (req, res) => {
    const query = leesControlInvoer(req, res, BsnQuery, 'Geef bsn op.', req.query)
    if (query) res.json(backend.zaken.zaken(query.bsn).map(kort))
  })

  // The next status, or the one named (its omschrijving or statustype URL); `resultaat` closes the zaak at its eindstatus.
  router.post('/:id/status', (req, res) => {
    const body = leesControlInvoer(req, res, StatusBody, 'Geef statustype en resultaat op als tekst, of niets.')
    if (!body) return
    const gevonden = backend.zaken.vindOveral(req.params['id'] ?? '')
    if (!gevonden) return sendProblem(req, res, 404, 'Niet gevonden', 'Deze zaak bestaat niet.')
    const { bsn, zaak } = gevonden
    if (isAfgesloten(zaak)) return sendProblem(req, res, 409, 'Zaak is al afgesloten', 'Deze zaak heeft zijn eindstatus al.', { code: 'zaak-afgesloten' })
    const stappen = zaaktypeStappen(zaak.zaaktype)
    const huidig = huidigeStatus(zaak).stap
    const doel = body.statustype === undefined ? huidig + 1 : stappen.findIndex((stap) => stap.past(body.statustype ?? ''))
    if (doel < 0) return sendProblem(req, res, 400, 'Ongeldige vraag', 'Dit statustype hoort niet bij de zaak.', { invalidParams: [{ name: 'statustype', code: 'onbekend', reason: `Kies uit: ${stappen.map((stap) => stap.omschrijving).join(', ')}.` }] })
    if (doel <= huidig) return sendProblem(req, res, 409, 'Status niet verder', 'Een zaak gaat alleen verder, niet terug.', { code: 'status-niet-verder' })
    const eind = doel === stappen.length - 1
    if (body.resultaat !== undefined && !eind) return sendProblem(req, res, 400, 'Ongeldige vraag', 'Een resultaat hoort bij de eindstatus.', { invalidParams: [{ name: 'resultaat', code: 'geen-eindstatus', reason: 'Alleen bij de eindstatus.' }] })
    backend.zaken.zetStatus(bsn, zaak, doel, body.resultaat)
    res.status(201).json(kort(zaak))
  })

  return router
}
