import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend } from '../../state/backend'
import { apiPath } from '../api-path'
import { authenticate } from '../auth'
import { authorize } from '../authorize'
import { badRequest } from '../problem'
import { leesInvoer } from '../validatie'
import { brpToegang } from './brp-toegang'
import { kies, selectie } from './fields'
import { legInzageVast } from './gebruik-vastleggen'

/** A field path like "naam" or "naam.voornamen": letters only, so "__proto__" or "a..b" never reach the lookup. */
const veldPad = v.pipe(v.string(), v.regex(/^[a-zA-Z]{1,40}(\.[a-zA-Z]{1,40}){0,4}$/, 'Parameter bevat een niet bestaande veldnaam.'))
const burgerservicenummer = v.pipe(v.string(), v.regex(/^\d{9}$/, 'Een burgerservicenummer bestaat uit 9 cijfers.'))

const PersonenQuery = v.object({
  type: v.literal('RaadpleegMetBurgerservicenummer', 'Alleen RaadpleegMetBurgerservicenummer wordt ondersteund.'),
  burgerservicenummer: v.pipe(
    v.array(burgerservicenummer, 'Parameter is verplicht.'),
    v.minLength(1, 'Parameter is verplicht.'),
    v.maxLength(20, 'Geef hoogstens 20 burgerservicenummers op.'),
  ),
  fields: v.pipe(v.array(veldPad, 'Parameter is verplicht.'), v.minLength(1, 'Parameter is verplicht.'), v.maxLength(130, 'Vraag hoogstens 130 velden.')),
})

/** How the usage log names what was read, by the top-level BRP field; in this order. */
const GEGEVENS: Readonly<Record<string, string>> = {
  burgerservicenummer: 'Burgerservicenummer',
  naam: 'Naam',
  geslacht: 'Geslacht',
  geboorte: 'Geboortedatum en geboorteplaats',
  leeftijd: 'Leeftijd',
  nationaliteiten: 'Nationaliteit',
  verblijfplaats: 'Adres',
  adressering: 'Adres',
  gemeenteVanInschrijving: 'Gemeente',
  partners: 'Partner',
  kinderen: 'Kinderen',
  ouders: 'Ouders',
  gezag: 'Gezag',
}

const gelezen = (persoon: Record<string, unknown>) => [...new Set(Object.keys(persoon).map((veld) => GEGEVENS[veld] ?? 'Overige persoonsgegevens'))]

/** Haal Centraal BRP Personen Bevragen v2: POST /personen, only "RaadpleegMetBurgerservicenummer", `fields` honoured. */
export const brpHandlers = [
  http.post(apiPath('/brp/personen'), async ({ request }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    const query = await leesInvoer(request, PersonenQuery, 'De vraag aan de BRP klopt niet.')
    if (!query.ok) return query.antwoord
    const bsns = query.waarde.burgerservicenummer
    // Someone acting for another still reads their own name (the header shows who is logged in).
    const toegang = await authorize(request, { onderdeel: 'gegevens', gegevens: 'brp', eigen: bsns.every((bsn) => bsn === principal.bsn) })
    if (toegang instanceof Response) return toegang

    const gekozen = selectie(query.waarde.fields)
    if ('onbekend' in gekozen) {
      return badRequest(`Het veld ${gekozen.onbekend} bestaat niet.`, [{ name: 'fields', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' }])
    }
    for (const gevraagd of bsns) {
      const geweigerd = brpToegang(toegang, gevraagd)
      if (geweigerd instanceof Response) return geweigerd
    }

    const personen = []
    for (const gevraagd of bsns) {
      const persoon = kies(backend.gegevens.brp.persoon(gevraagd), gekozen.selectie)
      if (!isRecord(persoon)) continue
      personen.push(persoon)
      legInzageVast(toegang, gelezen(persoon), gevraagd)
    }
    return HttpResponse.json({ type: 'RaadpleegMetBurgerservicenummer', personen })
  }),
]

function isRecord(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde)
}
