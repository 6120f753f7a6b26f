import { http, HttpResponse } from 'msw'
import { backend } from '../../state/backend'
import { aantallen, lijst, wijzigingen } from '../../state/zaken/zaken-lijst'
import { apiPath } from '../api-path'
import { valideer } from '../validatie'
import { LijstParameters, WijzigingenParameters } from './parameters'
import { zaakOrganisaties } from '../../state/zaken/organisaties'
import { zakenToegang } from './toegang'

/** GET /zaken/zaken (ZGW's paginated list), /zaken/_aantallen and /zaken/_wijzigingen (portal). */
export const lijstHandlers = [
  http.get(apiPath('/zaken/zaken'), async ({ request }) => {
    const url = new URL(request.url)
    const parameters = valideer(LijstParameters, Object.fromEntries(url.searchParams), 'De vraag naar zaken klopt niet.')
    if (!parameters.ok) return parameters.antwoord
    // Only a known organisation is checked against a machtiging (and named in its log); any other text finds nothing.
    const gevraagd = parameters.waarde.organisatie?.toLowerCase()
    const organisatie = gevraagd === undefined ? undefined : zaakOrganisaties.find((naam) => naam.toLowerCase() === gevraagd)
    const gevonden = await zakenToegang(request, organisatie)
    if (gevonden instanceof Response) return gevonden
    const { toegang, zichtbaar } = gevonden
    const pagina = lijst(backend.zaken.zaken(toegang.bsn), parameters.waarde, zichtbaar, backend.clock.now().getTime())
    const { page, pageSize } = parameters.waarde
    const naarPagina = (nummer: number) => {
      const zoek = new URLSearchParams(url.searchParams)
      zoek.set('page', String(nummer))
      return `${url.pathname}?${zoek.toString()}`
    }
    return HttpResponse.json({
      count: pagina.count,
      next: page * pageSize < pagina.count ? naarPagina(page + 1) : null,
      previous: page > 1 ? naarPagina(page - 1) : null,
      results: pagina.results,
      organisaties: pagina.organisaties,
    })
  }),

  http.get(apiPath('/zaken/_aantallen'), async ({ request }) => {
    const gevonden = await zakenToegang(request)
    if (gevonden instanceof Response) return gevonden
    return HttpResponse.json(aantallen(backend.zaken.zaken(gevonden.toegang.bsn), gevonden.zichtbaar))
  }),

  // Cheap polling: only what changed after `sinds`, the counts, and `nu` for the next call.
  http.get(apiPath('/zaken/_wijzigingen'), async ({ request }) => {
    const parameters = valideer(WijzigingenParameters, Object.fromEntries(new URL(request.url).searchParams), 'Geef sinds op als tijdstip.')
    if (!parameters.ok) return parameters.antwoord
    const gevonden = await zakenToegang(request)
    if (gevonden instanceof Response) return gevonden
    const nu = backend.clock.now().getTime()
    const zaken = backend.zaken.zaken(gevonden.toegang.bsn)
    return HttpResponse.json({
      nu: new Date(nu).toISOString(),
      zaken: wijzigingen(zaken, parameters.waarde.sinds, gevonden.zichtbaar, nu),
      aantallen: aantallen(zaken, gevonden.zichtbaar),
    })
  }),
]
