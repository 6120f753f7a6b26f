import { http, HttpResponse } from 'msw'
import { backend } from '../../state/backend'
import type { Bronnen } from '../../state/gegevens/bronnen'
import type { GegevensOnderdeel } from '../../state/vertegenwoordiging'
import { apiPath } from '../api-path'
import { authorize } from '../authorize'
import { legInzageVast } from './gebruik-vastleggen'

type Bron = keyof Omit<Bronnen, 'reset'>

/** One registry: its path, its part of a machtiging, how the usage log names what was read. */
function bronHandler(pad: string, onderdeel: GegevensOnderdeel, bron: Bron, gegevens: readonly string[]) {
  return http.get(apiPath(pad), async ({ request }) => {
    const toegang = await authorize(request, { onderdeel: 'gegevens', gegevens: onderdeel })
    if (toegang instanceof Response) return toegang
    const antwoord = backend.gegevens.bronnen[bron](toegang.bsn)
    legInzageVast(toegang, gegevens)
    return HttpResponse.json(antwoord)
  })
}

/**
 * RDW, Kadaster/WOZ, DUO and Belastingdienst, in the REST style of DESIGN.md §7 (no public spec): the data
 * of the person behind the token (or whom they act for), with `bron`. Nothing registered: empty lists.
 */
export const bronHandlers = [
  bronHandler('/rdw/voertuigen', 'voertuigen', 'voertuigen', ['Voertuigen']),
  bronHandler('/kadaster/onroerende-zaken', 'onroerende-zaken', 'onroerendeZaken', ['Eigendom van uw huis', 'WOZ-waarde']),
  bronHandler('/duo/diplomas', 'diplomas', 'diplomas', ["Diploma's"]),
  bronHandler('/belastingdienst/inkomens', 'inkomens', 'inkomens', ['Inkomen']),
]
