import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend } from '../../state/backend'
import { apiPath } from '../api-path'
import { authenticate } from '../auth'
import { authorize } from '../authorize'
import { leesInvoer } from '../validatie'
import { brpToegang } from './brp-toegang'
import { dag } from './datum-parameter'
import { legInzageVast } from './gebruik-vastleggen'

const HistorieQuery = v.pipe(
  v.object({
    type: v.literal('RaadpleegMetPeriode', 'Alleen RaadpleegMetPeriode wordt ondersteund.'),
    burgerservicenummer: v.pipe(v.string('Parameter is verplicht.'), v.regex(/^\d{9}$/, 'Een burgerservicenummer bestaat uit 9 cijfers.')),
    datumVan: dag('datumVan'),
    datumTot: v.optional(dag('datumTot')),
  }),
  v.forward(
    v.check(({ datumVan, datumTot }) => datumTot === undefined || datumVan <= datumTot, 'datumTot ligt vóór datumVan.'),
    ['datumTot'],
  ),
)

/**
 * Haal Centraal BRP Historie: POST /verblijfplaatshistorie, "RaadpleegMetPeriode". Every address the person
 * lived at for at least a day in the period, newest first; datumTot is today by the mock clock when left out.
 */
export const verblijfplaatshistorieHandlers = [
  http.post(apiPath('/brp/verblijfplaatshistorie'), async ({ request }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    const query = await leesInvoer(request, HistorieQuery, 'De vraag naar de verblijfplaatshistorie klopt niet.')
    if (!query.ok) return query.antwoord
    const { burgerservicenummer, datumVan, datumTot } = query.waarde
    const toegang = await authorize(request, { onderdeel: 'gegevens', gegevens: 'brp', eigen: burgerservicenummer === principal.bsn })
    if (toegang instanceof Response) return toegang
    const geweigerd = brpToegang(toegang, burgerservicenummer)
    if (geweigerd instanceof Response) return geweigerd

    const brp = backend.gegevens.brp
    const verblijfplaatsen = brp.verblijfplaatsen(burgerservicenummer, datumVan, datumTot ?? brp.vandaag())
    if (verblijfplaatsen) legInzageVast(toegang, ['Adresgeschiedenis'], burgerservicenummer)
    return HttpResponse.json({ verblijfplaatsen: verblijfplaatsen ?? [] })
  }),
]
