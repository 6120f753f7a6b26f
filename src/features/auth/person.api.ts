import * as v from 'valibot'
import type { HttpClient } from '@/shared/http'

/** Only the name: DigiD gives a BSN, the BRP (Haal Centraal Personen v2) knows who that is. */
export const naamResponse = v.object({
  type: v.literal('RaadpleegMetBurgerservicenummer'),
  personen: v.array(
    v.object({
      naam: v.object({ volledigeNaam: v.string() }),
    }),
  ),
})

export async function fetchFullName(http: HttpClient, bsn: string, signal?: AbortSignal): Promise<string | null> {
  const response = await http.post(
    '/brp/personen',
    { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields: ['naam.volledigeNaam'] },
    naamResponse,
    // Reading data with POST is safe to repeat (and to keep offline): the BRP API uses POST only to keep the BSN out of URLs.
    { readOnly: true, signal },
  )
  return response.personen[0]?.naam.volledigeNaam ?? null
}
