import { http, HttpResponse } from 'msw'
import { backend } from '../state/backend'
import { findBrpPersoon } from '../state/brp'
import { apiPath } from './api-path'
import { authenticate } from './auth'
import { pickFields } from './fields'
import { badRequest, problem } from './problem'

interface PersonenQuery {
  type?: unknown
  burgerservicenummer?: unknown
  fields?: unknown
}

/** Haal Centraal BRP Personen Bevragen v2: POST /personen, only "RaadpleegMetBurgerservicenummer". */
export const brpHandlers = [
  http.post(apiPath('/brp/personen'), async ({ request }) => {
    const principal = await authenticate(request)
    if (principal instanceof Response) return principal

    const query = (await request.json().catch(() => null)) as PersonenQuery | null
    if (query?.type !== 'RaadpleegMetBurgerservicenummer') {
      return badRequest('Alleen RaadpleegMetBurgerservicenummer wordt ondersteund.', [
        { name: 'type', code: 'value', reason: 'Waarde wordt niet ondersteund.' },
      ])
    }
    const bsns = query.burgerservicenummer
    const fields = query.fields
    if (!isStringList(bsns) || bsns.length === 0 || bsns.length > 20) {
      return badRequest('Geef 1 tot 20 burgerservicenummers op.', [
        { name: 'burgerservicenummer', code: 'required', reason: 'Parameter is verplicht.' },
      ])
    }
    if (!isStringList(fields) || fields.length === 0) {
      return badRequest('Geef de gewenste velden op.', [{ name: 'fields', code: 'required', reason: 'Parameter is verplicht.' }])
    }
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

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
