import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend } from '../../state/backend'
import { apiPath } from '../api-path'
import { authorize } from '../authorize'
import { notFound, problem } from '../problem'
import { leesInvoer } from '../validatie'
import { legIntrekkingVast } from './gebruik-vastleggen'

type ToestemmingParams = { id: string }

/** The one change there is: withdraw. A JSON Merge Patch with nothing else in it. */
const Intrekking = v.strictObject(
  { status: v.literal('ingetrokken', 'Een toestemming kan alleen worden ingetrokken: stuur status "ingetrokken".') },
  'Stuur alleen { "status": "ingetrokken" }.',
)

/**
 * GET /toestemmingen and PATCH /toestemmingen/{id} (no public spec; REST style of DESIGN.md §7). Withdrawing
 * works at once and again gives the same answer; an ended toestemming shares nothing anymore: 409.
 */
export const toestemmingHandlers = [
  http.get(apiPath('/toestemmingen'), async ({ request }) => {
    const toegang = await authorize(request, { onderdeel: 'gegevens', gegevens: 'toestemmingen' })
    if (toegang instanceof Response) return toegang
    return HttpResponse.json({ toestemmingen: backend.gegevens.toestemmingen.lijst(toegang.bsn) })
  }),

  http.patch<ToestemmingParams>(apiPath('/toestemmingen/:id'), async ({ request, params }) => {
    const toegang = await authorize(request, { onderdeel: 'gegevens', gegevens: 'toestemmingen' })
    if (toegang instanceof Response) return toegang
    const patch = await leesInvoer(request, Intrekking, 'Deze wijziging kan niet.')
    if (!patch.ok) return patch.antwoord

    const intrekking = backend.gegevens.toestemmingen.trekIn(toegang.bsn, params.id)
    switch (intrekking.uitkomst) {
      case 'niet-gevonden':
        return notFound('Deze toestemming bestaat niet.')
      case 'verlopen':
        return problem(409, 'Toestemming is al afgelopen', 'Deze toestemming is al afgelopen. Er worden geen gegevens meer gedeeld, dus intrekken is niet nodig.', {
          code: 'toestemming-verlopen',
        })
      case 'ingetrokken':
        legIntrekkingVast(toegang, intrekking.opgeslagen.ontvanger.naam, intrekking.opgeslagen.gegevens)
        return HttpResponse.json(intrekking.toestemming)
      case 'al-ingetrokken':
        return HttpResponse.json(intrekking.toestemming)
    }
  }),
]
