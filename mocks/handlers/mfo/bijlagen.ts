import { http, HttpResponse } from 'msw'
import { BESTAND_VELD } from '../../../src/features/zaken/zaken.schemas'
import { backend } from '../../state/backend'
import { MAX_CONCEPT_BIJLAGEN } from '../../state/mfo/mfo-store'
import { apiPath } from '../api-path'
import { notFound, problem } from '../problem'
import { leesBestand } from '../zaken/bestand'
import { mfoToegang, zonderSleutel } from './toegang'

/**
 * Files for a request, uploaded before it is sent (multipart/form-data, the field `bestand`): PDF, JPG or PNG by
 * content, at most 10 MB (the zaken rules). Kept per person as a concept until a request takes it along.
 */
export const bijlageHandlers = [
  http.post(apiPath('/correctieverzoeken/bijlagen'), async ({ request }) => {
    const toegang = await mfoToegang(request)
    if (toegang instanceof Response) return toegang
    const sleutel = zonderSleutel(request)
    if (sleutel) return sleutel
    const bestand = await leesBestand(request)
    if (!bestand.ok) return bestand.antwoord
    const bijlage = backend.mfo.voegBijlageToe(toegang.bsn, bestand.waarde)
    if (bijlage === 'te-veel') {
      return problem(422, 'Te veel bestanden', `U heeft al ${MAX_CONCEPT_BIJLAGEN} bestanden klaarstaan. Verwijder eerst bestanden die u niet meestuurt.`, {
        code: 'te-veel-bijlagen',
        invalidParams: [{ name: BESTAND_VELD, code: 'te-veel', reason: `Hoogstens ${MAX_CONCEPT_BIJLAGEN} bestanden tegelijk.` }],
      })
    }
    return HttpResponse.json(bijlage, { status: 201 })
  }),

  http.delete<{ id: string }>(apiPath('/correctieverzoeken/bijlagen/:id'), async ({ request, params }) => {
    const toegang = await mfoToegang(request)
    if (toegang instanceof Response) return toegang
    const uitkomst = backend.mfo.verwijderBijlage(toegang.bsn, params.id)
    if (uitkomst === 'niet-gevonden') return notFound('Dit bestand bestaat niet (meer).')
    if (uitkomst === 'verstuurd') {
      return problem(409, 'Bestand al verstuurd', 'Dit bestand hoort bij een melding die u al heeft verstuurd. Het staat bij de zaak.', { code: 'bijlage-verstuurd' })
    }
    return new HttpResponse(null, { status: 204 })
  }),
]
