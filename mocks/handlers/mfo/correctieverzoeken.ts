import { http, HttpResponse } from 'msw'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { backend } from '../../state/backend'
import { MAX_VERZOEKEN } from '../../state/mfo/mfo-store'
import { apiPath } from '../api-path'
import { badRequest, notFound, problem, type InvalidParam } from '../problem'
import { leesJson } from '../validatie'
import { controleerHeropening, controleerVerzoek, isRecord } from './invoer'
import { mfoToegang, zonderSleutel } from './toegang'

type VerzoekParams = { id: string }

const klopNiet = (detail: string, invalidParams: InvalidParam[]) => problem(422, 'Controleer uw melding', detail, { invalidParams })

/** The JSON object of a write, or the answer to give instead (415, 400). */
async function leesObject(request: Request): Promise<Record<string, unknown> | Response> {
  const body = await leesJson(request)
  if (!body.ok) return body.antwoord
  if (!isRecord(body.waarde)) return badRequest('Stuur de gegevens als één JSON-object.', [{ name: 'body', code: 'type', reason: 'Geen object.' }])
  return body.waarde
}

/**
 * The Correctieverzoeken API (README): what the person can report, their requests, a new one (Substantieel,
 * Idempotency-Key, 422 with invalidParams per field), and reopening a closed one within its term.
 */
export const correctieverzoekHandlers = [
  http.get(apiPath('/correctieverzoeken/_registraties'), async ({ request }) => {
    const toegang = await mfoToegang(request)
    if (toegang instanceof Response) return toegang
    return HttpResponse.json({ registraties: backend.mfo.registraties(toegang.bsn) })
  }),

  http.get(apiPath('/correctieverzoeken'), async ({ request }) => {
    const toegang = await mfoToegang(request)
    if (toegang instanceof Response) return toegang
    return HttpResponse.json({ correctieverzoeken: backend.mfo.lijst(toegang.bsn) })
  }),

  http.get<VerzoekParams>(apiPath('/correctieverzoeken/:id'), async ({ request, params }) => {
    const toegang = await mfoToegang(request)
    if (toegang instanceof Response) return toegang
    const verzoek = backend.mfo.vind(toegang.bsn, params.id)
    return verzoek ? HttpResponse.json(verzoek) : notFound('Deze melding bestaat niet.')
  }),

  // A request may change a registration: DigiD Substantieel, as for granting a machtiging.
  http.post(apiPath('/correctieverzoeken'), async ({ request }) => {
    const toegang = await mfoToegang(request, EIDAS_ACR.substantial)
    if (toegang instanceof Response) return toegang
    const sleutel = zonderSleutel(request)
    if (sleutel) return sleutel
    const invoer = await leesObject(request)
    if (invoer instanceof Response) return invoer
    const { bsn } = toegang
    const controle = controleerVerzoek(invoer, {
      items: backend.mfo.items(bsn),
      vandaag: backend.gegevens.brp.vandaag(),
      isConcept: (id) => backend.mfo.isConcept(bsn, id),
    })
    if (!controle.ok) return klopNiet('Uw melding kan zo niet worden verstuurd. Kijk bij elk veld wat er mis is.', controle.fouten)
    if (!backend.mfo.kanIndienen(bsn)) {
      return problem(429, 'Te veel meldingen', `U heeft al ${MAX_VERZOEKEN} meldingen gedaan. Bel het Meldpunt als u nog een fout wilt melden.`, { code: 'te-veel-verzoeken' })
    }
    return HttpResponse.json(backend.mfo.dienIn(bsn, controle.waarde), { status: 201 })
  }),

  // Reopening changes the same request as sending did: the same level.
  http.post<VerzoekParams>(apiPath('/correctieverzoeken/:id/heropeningen'), async ({ request, params }) => {
    const toegang = await mfoToegang(request, EIDAS_ACR.substantial)
    if (toegang instanceof Response) return toegang
    const sleutel = zonderSleutel(request)
    if (sleutel) return sleutel
    const invoer = await leesObject(request)
    if (invoer instanceof Response) return invoer
    const controle = controleerHeropening(invoer)
    if (!controle.ok) return klopNiet('Vul in waarom u de melding opnieuw wilt openen.', controle.fouten)
    const uitkomst = backend.mfo.heropen(toegang.bsn, params.id, controle.waarde)
    switch (uitkomst.uitkomst) {
      case 'niet-gevonden':
        return notFound('Deze melding bestaat niet.')
      case 'niet-afgerond':
        return problem(409, 'Nog niet afgerond', 'Deze melding is nog in behandeling. U kunt hem pas opnieuw openen als hij is afgerond.', { code: 'niet-afgerond' })
      case 'termijn-verstreken':
        return problem(409, 'Termijn voorbij', 'U kunt een melding tot 6 weken na het afronden opnieuw openen. Die tijd is voorbij. Doe een nieuwe melding als het gegeven nog steeds niet klopt.', {
          code: 'termijn-verstreken',
        })
      case 'heropend':
        return HttpResponse.json(uitkomst.verzoek, { status: 201 })
    }
  }),
]
