import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend } from '../../state/backend'
import { findAfzender } from '../../state/berichten/afzenders'
import { apiPath } from '../api-path'
import { authenticate } from '../auth'
import { problem } from '../problem'
import { ontvangerVan } from './ontvanger'
import { leesInvoer } from './validatie'

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

/** Where outgoing mock e-mail shows up in GET /__mock/requests?path=/__mock/mail. */
export const VERZONDEN_MAIL_PAD = '/__mock/mail/verificatiecode'

const pad = (rest = '') => apiPath(`/berichtenbox/instellingen${rest}`)

/** Notification settings (issue 3 §6): e-mail with a 6-digit code, reminders, organisations that send digitally. */
export const instellingenHandlers = [
  http.get(pad(), async ({ request }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    return HttpResponse.json(backend.berichtenbox.instellingen.van(ontvangerVan(principal)))
  }),

  http.put(pad(), async ({ request }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    const wijziging = await leesInvoer(request, InstellingenWijziging, 'Deze instellingen kunnen niet worden opgeslagen.')
    if (!wijziging.ok) return wijziging.antwoord
    return HttpResponse.json(backend.berichtenbox.instellingen.wijzig(ontvangerVan(principal), wijziging.waarde))
  }),

  http.post(pad('/email'), async ({ request }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    const aanvraag = await leesInvoer(request, EmailAanvraag, 'Dit e-mailadres kan niet worden gebruikt.')
    if (!aanvraag.ok) return aanvraag.antwoord
    const bsn = ontvangerVan(principal)
    const code = backend.berichtenbox.instellingen.stuurCode(bsn, aanvraag.waarde.email)
    // The e-mail the mock "sends" goes into the request log, where tests read the code (issue 3).
    backend.requests.record({
      method: 'POST',
      path: VERZONDEN_MAIL_PAD,
      query: '',
      headers: {},
      body: { aan: aanvraag.waarde.email, bsn, onderwerp: 'Uw verificatiecode voor de Berichtenbox', code },
      idempotencyKey: null,
      receivedAt: backend.clock.now().toISOString(),
    })
    return HttpResponse.json(backend.berichtenbox.instellingen.van(bsn), { status: 202 })
  }),

  http.post(pad('/email/verificatie'), async ({ request }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    const invoer = await leesInvoer(request, Verificatie, 'Vul de code uit de e-mail in.')
    if (!invoer.ok) return invoer.antwoord
    const { uitkomst, pogingenOver } = backend.berichtenbox.instellingen.verifieer(ontvangerVan(principal), invoer.waarde.code)
    switch (uitkomst) {
      case 'geverifieerd':
        return new HttpResponse(null, { status: 204 })
      case 'onjuist':
        return problem(400, 'Code onjuist', `De code klopt niet. U kunt het nog ${pogingenOver} keer proberen.`, {
          code: 'code-onjuist',
          pogingenOver,
          invalidParams: [{ name: 'code', code: 'code-onjuist', reason: 'De code klopt niet.' }],
        })
      case 'te-vaak-onjuist':
        return nieuweCodeNodig('te-vaak-onjuist', 'U heeft 3 keer een verkeerde code ingevuld. Vraag een nieuwe code aan.')
      case 'verlopen':
        return nieuweCodeNodig('code-verlopen', 'De code is niet meer geldig. Vraag een nieuwe code aan.')
      case 'geen-code':
        return nieuweCodeNodig('geen-code', 'Er is geen code verstuurd. Vul eerst uw e-mailadres in.')
    }
  }),
]

/** 409: the code cannot be used any more; only a new code (POST /instellingen/email) helps. */
const nieuweCodeNodig = (code: string, detail: string) => problem(409, 'Vraag een nieuwe code aan', detail, { code })

