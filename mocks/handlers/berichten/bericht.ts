import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend } from '../../state/backend'
import { magazijnIdVoor } from '../../state/berichten/afzenders'
import { MAPPEN, STATUSSEN, type BerichtStatus, type MapNaam } from '../../state/berichten/types'
import { apiPath } from '../api-path'
import { authorize, eigenaarVan } from '../authorize'
import { notFound, problem } from '../problem'
import { berichtOmschrijving, berichtToegang } from './ontvanger'
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

const NAAR_MAP: Record<MapNaam, string> = {
  postvak: 'Bericht teruggezet naar het postvak',
  archief: 'Bericht verplaatst naar het archief',
  prullenbak: 'Bericht verplaatst naar de prullenbak',
}
const NAAR_STATUS: Record<BerichtStatus, string> = { gelezen: 'Bericht gemarkeerd als gelezen', ongelezen: 'Bericht gemarkeerd als ongelezen' }

/** GET, PATCH and DELETE /berichten/{berichtId}. */
export const berichtHandlers = [
  http.get<BerichtParams>(apiPath('/berichten/:berichtId'), async ({ request, params }) => {
    const gevonden = await berichtToegang(request, params.berichtId)
    if (gevonden instanceof Response) return gevonden
    gevonden.toegang.namens?.beschrijf('Bericht gelezen', berichtOmschrijving(gevonden.bericht))
    return HttpResponse.json(await volledigBericht(backend.berichtenbox.berichten, gevonden.bsn, gevonden.bericht))
  }),

  http.patch<BerichtParams>(apiPath('/berichten/:berichtId'), async ({ request, params }) => {
    const eigenaar = await eigenaarVan(request)
    if (eigenaar instanceof Response) return eigenaar
    const patch = await leesInvoer(request, BerichtPatch, 'Deze wijziging kan niet.')
    if (!patch.ok) return patch.antwoord
    const { status, map } = patch.waarde
    const gevonden = await berichtToegang(request, params.berichtId, map === 'prullenbak' ? 'verwijderen' : undefined)
    if (gevonden instanceof Response) return gevonden
    const bericht = backend.berichtenbox.berichten.wijzig(gevonden.bsn, params.berichtId, { ...(status ? { status } : {}), ...(map ? { map } : {}) }, gevonden.bereik)
    if (!bericht) return nietGevonden()
    gevonden.toegang.namens?.beschrijf(map ? NAAR_MAP[map] : status ? NAAR_STATUS[status] : 'Bericht gewijzigd', berichtOmschrijving(bericht))
    return HttpResponse.json(await volledigBericht(backend.berichtenbox.berichten, gevonden.bsn, bericht))
  }),

  // Deleting for good is never part of a machtiging (DESIGN.md §5).
  http.delete<BerichtParams>(apiPath('/berichten/:berichtId'), async ({ request, params }) => {
    const toegang = await authorize(request, { onderdeel: 'persoonlijk', wat: 'voorgoed-verwijderen' })
    if (toegang instanceof Response) return toegang
    const bericht = backend.berichtenbox.berichten.vind(toegang.bsn, params.berichtId, 'alle')
    const magazijnId = new URL(request.url).searchParams.get('magazijnId')
    if (!bericht || (magazijnId !== null && magazijnId !== magazijnIdVoor(bericht.afzender))) return nietGevonden()
    const uitkomst = backend.berichtenbox.berichten.verwijder(toegang.bsn, params.berichtId, 'alle')
    if (uitkomst === 'niet-gevonden') return nietGevonden()
    if (uitkomst === 'niet-in-prullenbak') {
      return problem(409, 'Eerst naar de prullenbak', 'Alleen een bericht in de prullenbak kan voorgoed worden verwijderd.', {
        code: 'niet-in-prullenbak',
      })
    }
    return new HttpResponse(null, { status: 204 })
  }),
]
