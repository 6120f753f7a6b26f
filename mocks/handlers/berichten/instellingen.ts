import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { backend } from '../../state/backend'
import { findAfzender } from '../../state/berichten/afzenders'
import { apiPath } from '../api-path'
import { authorize, type Toegang } from '../authorize'
import { leesInvoer } from '../validatie'
import { codeAanvraagAntwoord, verificatieAntwoord } from './instellingen-antwoorden'

const InstellingenWijziging = v.object({
  herinneringOngelezen: v.boolean('herinneringOngelezen is true of false.'),
  organisaties: v.array(
    v.object({
      afzender: v.pipe(v.string('Geef de afzender op.'), v.check((naam) => findAfzender(naam) !== undefined, 'Deze organisatie kennen wij niet.')),
      digitaal: v.boolean('digitaal is true of false.'),
    }),
    'Geef de lijst met organisaties op.',
  ),
})

const EmailAanvraag = v.object({
  email: v.pipe(v.string('Vul een e-mailadres in.'), v.trim(), v.maxLength(254, 'Dit e-mailadres is te lang.'), v.email('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.')),
})

const Verificatie = v.object({
  code: v.pipe(v.string('Vul de code in.'), v.trim(), v.regex(/^\d{6}$/, 'De code bestaat uit 6 cijfers.')),
})

const pad = (rest = '') => apiPath(`/berichtenbox/instellingen${rest}`)

/** Settings are the person's own: never part of a machtiging (DESIGN.md §5). */
const voorInstellingen = (request: Request) => authorize(request, { onderdeel: 'persoonlijk', wat: 'instellingen' })

/** Changing where notifications go is sensitive: it needs Substantieel (DESIGN.md §4). */
const voorEmailWijziging = (request: Request): Promise<Toegang | Response> =>
  authorize(request, { onderdeel: 'persoonlijk', wat: 'e-mail', niveau: EIDAS_ACR.substantial })

/** Notification settings (issue 3 §6): e-mail with a 6-digit code, reminders, organisations that send digitally. */
export const instellingenHandlers = [
  http.get(pad(), async ({ request }) => {
    const toegang = await voorInstellingen(request)
    if (toegang instanceof Response) return toegang
    return HttpResponse.json(backend.berichtenbox.instellingen.van(toegang.bsn))
  }),

  http.put(pad(), async ({ request }) => {
    const toegang = await voorInstellingen(request)
    if (toegang instanceof Response) return toegang
    const wijziging = await leesInvoer(request, InstellingenWijziging, 'Deze instellingen kunnen niet worden opgeslagen.')
    if (!wijziging.ok) return wijziging.antwoord
    return HttpResponse.json(backend.berichtenbox.instellingen.wijzig(toegang.bsn, wijziging.waarde))
  }),

  http.post(pad('/email'), async ({ request }) => {
    const toegang = await voorEmailWijziging(request)
    if (toegang instanceof Response) return toegang
    const aanvraag = await leesInvoer(request, EmailAanvraag, 'Dit e-mailadres kan niet worden gebruikt.')
    if (!aanvraag.ok) return aanvraag.antwoord
    const bsn = toegang.bsn
    const uitkomst = backend.berichtenbox.instellingen.vraagCode(bsn, aanvraag.waarde.email)
    return codeAanvraagAntwoord(uitkomst) ?? HttpResponse.json(backend.berichtenbox.instellingen.van(bsn), { status: 202 })
  }),

  http.post(pad('/email/verificatie'), async ({ request }) => {
    const toegang = await voorEmailWijziging(request)
    if (toegang instanceof Response) return toegang
    const invoer = await leesInvoer(request, Verificatie, 'Vul de code uit de e-mail in.')
    if (!invoer.ok) return invoer.antwoord
    return verificatieAntwoord(backend.berichtenbox.instellingen.verifieer(toegang.bsn, invoer.waarde.code))
  }),
]
