import { http, HttpResponse } from 'msw'
import { backend } from '../../state/backend'
import type { MapNaam } from '../../state/berichten/types'
import type { Pagina } from '../../state/berichten/zoekvraag'
import { apiPath } from '../api-path'
import { LijstParameters, ZoekParameters, zoekvraag } from './lijst-parameters'
import { berichtenToegang } from './ontvanger'
import { samenvatting } from './representatie'
import { valideer } from '../validatie'

const ZOEK_MAPPEN: readonly MapNaam[] = ['postvak', 'archief']

/** GET /berichten, /berichten/_zoeken and /berichten/_aantallen. */
export const lijstHandlers = [
  http.get(apiPath('/berichten'), async ({ request }) => {
    const toegang = await berichtenToegang(request)
    if (toegang instanceof Response) return toegang
    toegang.toegang.namens?.beschrijf('Berichtenbox bekeken', 'Berichten')
    const url = new URL(request.url)
    const parameters = valideer(LijstParameters, Object.fromEntries(url.searchParams), 'De vraag naar berichten klopt niet.')
    if (!parameters.ok) return parameters.antwoord
    const vraag = zoekvraag(parameters.waarde, [parameters.waarde.map])
    const pagina = backend.berichtenbox.berichten.lijst(toegang.bsn, vraag, toegang.bereik)
    return HttpResponse.json(berichtenLijst(url, vraag.pagina, pagina))
  }),

  http.get(apiPath('/berichten/_zoeken'), async ({ request }) => {
    const toegang = await berichtenToegang(request)
    if (toegang instanceof Response) return toegang
    toegang.toegang.namens?.beschrijf('Gezocht in de Berichtenbox', 'Berichten')
    const url = new URL(request.url)
    const parameters = valideer(ZoekParameters, Object.fromEntries(url.searchParams), 'De zoekvraag klopt niet.')
    if (!parameters.ok) return parameters.antwoord
    const vraag = zoekvraag(parameters.waarde, ZOEK_MAPPEN)
    const pagina = backend.berichtenbox.berichten.lijst(toegang.bsn, vraag, toegang.bereik)
    return HttpResponse.json(berichtenLijst(url, vraag.pagina, pagina))
  }),

  http.get(apiPath('/berichten/_aantallen'), async ({ request }) => {
    const toegang = await berichtenToegang(request)
    if (toegang instanceof Response) return toegang
    return HttpResponse.json(backend.berichtenbox.berichten.aantallen(toegang.bsn, toegang.bereik))
  }),
]

/**
 * BerichtenLijst with HAL links that keep every parameter of the request except the page. The
 * portal adds `totaal` (the FBS spec leaves totals out): the app says how many were found.
 */
function berichtenLijst(url: URL, paginaNummer: number, pagina: Pagina) {
  const naarPagina = (nummer: number) => {
    const parameters = new URLSearchParams(url.searchParams)
    parameters.set('pagina', String(nummer))
    return { href: `${url.pathname}?${parameters.toString()}` }
  }
  return {
    berichten: pagina.berichten.map(samenvatting),
    totaal: pagina.totaal,
    _links: {
      self: naarPagina(paginaNummer),
      ...(pagina.heeftVolgende ? { next: naarPagina(paginaNummer + 1) } : {}),
      ...(paginaNummer > 0 ? { prev: naarPagina(paginaNummer - 1) } : {}),
    },
  }
}
