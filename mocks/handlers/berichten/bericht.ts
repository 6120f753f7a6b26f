import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend, type Principal } from '../../state/backend'
import { magazijnIdVoor } from '../../state/berichten/afzenders'
import { MAPPEN, STATUSSEN } from '../../state/berichten/types'
import { apiPath } from '../api-path'
import { authenticate } from '../auth'
import { notFound, problem } from '../problem'
import { ontvangerVan, visibleAfzenders } from './ontvanger'
import { volledigBericht } from './representatie'
import { leesInvoer } from '../validatie'

type BerichtParams = { berichtId: string }

/** JSON Merge Patch: a missing field and null both mean "leave as is"; at least one must change. */
const BerichtPatch = v.pipe(
  v.object(
    {
      status: v.nullish(v.picklist(STATUSSEN, 'Kies status gelezen of ongelezen.')),
      map: v.nullish(v.picklist(MAPPEN, 'Kies map postvak, archief of prullenbak.')),
    },
    'Stuur een object met status en/of map.',
  ),
  v.check((patch) => patch.status != null || patch.map != null, 'Geef status of map op.'),
)

const nietGevonden = () => notFound('Dit bericht bestaat niet (meer).')

/** Someone else's bericht, one outside the machtiging, or one from another magazijn: all simply "not found". */
function vindBericht(principal: Principal, request: Request, berichtId: string) {
  const bericht = backend.berichtenbox.berichten.vind(ontvangerVan(principal), berichtId, visibleAfzenders(principal))
  const magazijnId = new URL(request.url).searchParams.get('magazijnId')
  return bericht && (magazijnId === null || magazijnId === magazijnIdVoor(bericht.afzender)) ? bericht : undefined
}

/** GET, PATCH and DELETE /berichten/{berichtId}. */
export const berichtHandlers = [
  http.get<BerichtParams>(apiPath('/berichten/:berichtId'), async ({ request, params }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    const bericht = vindBericht(principal, request, params.berichtId)
    if (!bericht) return nietGevonden()
    return HttpResponse.json(await volledigBericht(backend.berichtenbox.berichten, ontvangerVan(principal), bericht))
  }),

  http.patch<BerichtParams>(apiPath('/berichten/:berichtId'), async ({ request, params }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    const patch = await leesInvoer(request, BerichtPatch, 'Deze wijziging kan niet.')
    if (!patch.ok) return patch.antwoord
    if (!vindBericht(principal, request, params.berichtId)) return nietGevonden()
    const bsn = ontvangerVan(principal)
    const bericht = backend.berichtenbox.berichten.wijzig(
      bsn,
      params.berichtId,
      { ...(patch.waarde.status ? { status: patch.waarde.status } : {}), ...(patch.waarde.map ? { map: patch.waarde.map } : {}) },
      visibleAfzenders(principal),
    )
    if (!bericht) return nietGevonden()
    return HttpResponse.json(await volledigBericht(backend.berichtenbox.berichten, bsn, bericht))
  }),

  http.delete<BerichtParams>(apiPath('/berichten/:berichtId'), async ({ request, params }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    if (!vindBericht(principal, request, params.berichtId)) return nietGevonden()
    const uitkomst = backend.berichtenbox.berichten.verwijder(ontvangerVan(principal), params.berichtId, visibleAfzenders(principal))
    if (uitkomst === 'niet-gevonden') return nietGevonden()
    if (uitkomst === 'niet-in-prullenbak') {
      return problem(409, 'Eerst naar de prullenbak', 'Alleen een bericht in de prullenbak kan voorgoed worden verwijderd.', {
        code: 'niet-in-prullenbak',
      })
    }
    return new HttpResponse(null, { status: 204 })
  }),
]
