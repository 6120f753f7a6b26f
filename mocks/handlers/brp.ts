import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend } from '../state/backend'
import { findBrpPersoon } from '../state/brp'
import { apiPath } from './api-path'
import { authenticate } from './auth'
import type { ApiDomain } from './domain'
import { pickFields } from './fields'
import { badRequest, problem } from './problem'
import { leesInvoer } from './validatie'

/** A field path like "naam" or "naam.voornamen": letters only, so "__proto__" or "a..b" never reach the lookup. */
const veldPad = v.pipe(v.string(), v.regex(/^[a-zA-Z]{1,40}(\.[a-zA-Z]{1,40}){0,4}$/, 'Parameter bevat een niet bestaande veldnaam.'))

const PersonenQuery = v.object({
  type: v.literal('RaadpleegMetBurgerservicenummer', 'Alleen RaadpleegMetBurgerservicenummer wordt ondersteund.'),
  burgerservicenummer: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^\d{9}$/, 'Een burgerservicenummer bestaat uit 9 cijfers.')), 'Parameter is verplicht.'),
    v.minLength(1, 'Parameter is verplicht.'),
    v.maxLength(20, 'Geef hoogstens 20 burgerservicenummers op.'),
  ),
  fields: v.pipe(v.array(veldPad, 'Parameter is verplicht.'), v.minLength(1, 'Parameter is verplicht.'), v.maxLength(50, 'Vraag hoogstens 50 velden.')),
})

/** Haal Centraal BRP Personen Bevragen v2: POST /personen, only "RaadpleegMetBurgerservicenummer". */
export const brpHandlers = [
  http.post(apiPath('/brp/personen'), async ({ request }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal
    const query = await leesInvoer(request, PersonenQuery, 'De vraag aan de BRP klopt niet.')
    if (!query.ok) return query.antwoord

    const { burgerservicenummer: bsns, fields } = query.waarde
    const allowed = new Set([principal.bsn, principal.represents?.bsn])
    if (bsns.some((bsn) => !allowed.has(bsn))) {
      return problem(403, 'Geen toegang', 'U mag alleen uw eigen gegevens opvragen.')
    }

    const personen = []
    for (const bsn of bsns) {
      const persoon = findBrpPersoon(bsn, backend.clock.now())
      if (!persoon) continue
      const picked = pickFields(persoon, fields)
      if ('unknown' in picked && typeof picked.unknown === 'string') {
        return badRequest(`Het veld ${picked.unknown} bestaat niet.`, [
          { name: 'fields', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' },
        ])
      }
      personen.push(picked)
    }
    return HttpResponse.json({ type: 'RaadpleegMetBurgerservicenummer', personen })
  }),
]

export const brpDomain: ApiDomain = { handlers: brpHandlers }
