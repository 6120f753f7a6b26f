import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend } from '../../state/backend'
import { apiPath } from '../api-path'
import { authorize } from '../authorize'
import { geheelGetal, valideer } from '../validatie'
import { dag } from './datum-parameter'

export const MAX_PAGINAGROOTTE = 100

const GebruikParameters = v.pipe(
  v.object({
    organisatie: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'Kies een organisatie.'), v.maxLength(200, 'Deze organisatie bestaat niet.'))),
    vanaf: v.optional(dag('vanaf')),
    tot: v.optional(dag('tot')),
    pagina: v.optional(geheelGetal('pagina', 1, 1_000_000), '1'),
    paginaGrootte: v.optional(geheelGetal('paginaGrootte', 1, MAX_PAGINAGROOTTE), '20'),
  }),
  v.forward(
    v.check(({ vanaf, tot }) => vanaf === undefined || tot === undefined || vanaf <= tot, 'De datum tot ligt vóór de datum vanaf.'),
    ['tot'],
  ),
)

/**
 * GET /gegevensgebruik (no public spec; REST style of DESIGN.md §7): the usage log of the person, newest
 * first, filtered by organisation and by period (vanaf and tot inclusive), paged from 1. `organisaties` is
 * every organisation in the whole log, for the filter; `totaal` counts what the filter found. Reading the log
 * adds nothing to it.
 */
export const gebruikHandlers = [
  http.get(apiPath('/gegevensgebruik'), async ({ request }) => {
    const toegang = await authorize(request, { onderdeel: 'gegevens', gegevens: 'gebruik' })
    if (toegang instanceof Response) return toegang
    const parameters = valideer(GebruikParameters, Object.fromEntries(new URL(request.url).searchParams), 'De vraag naar het gegevensgebruik klopt niet.')
    if (!parameters.ok) return parameters.antwoord
    return HttpResponse.json(backend.gegevens.gebruik.lijst(toegang.bsn, parameters.waarde))
  }),
]
