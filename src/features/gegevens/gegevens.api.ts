import type { HttpClient } from '@/shared/http'
import {
  brpPersonenSchema,
  diplomasSchema,
  gebruikLijstSchema,
  inkomensSchema,
  onroerendeZakenSchema,
  toestemmingSchema,
  toestemmingenSchema,
  verblijfplaatshistorieSchema,
  voertuigenSchema,
} from './gegevens.schemas'

/**
 * The BRP fields each view shows, and no more (dataminimalisatie: the BRP logs what was asked).
 * A field added to a view is added here; the test beside this file holds both together.
 */
/** What both views show of a person: name, birth, sex, nationality, address. */
const PERSOON_VELDEN = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte.datum',
  'geboorte.plaats',
  'geboorte.land',
  'geslacht',
  'nationaliteiten.nationaliteit',
  'verblijfplaats.verblijfadres',
] as const

export const BRP_VELDEN_EIGEN = [
  ...PERSOON_VELDEN,
  'verblijfplaats.datumVan',
  'gemeenteVanInschrijving',
  'partners.naam',
  'partners.geboorte.datum',
  'partners.soortVerbintenis',
  'partners.aangaanHuwelijkPartnerschap.datum',
  'kinderen.naam',
  'kinderen.geboorte.datum',
  'ouders.naam',
  'ouders.geboorte.datum',
  'gezag.minderjarige.burgerservicenummer',
] as const

/** For a minor child: the child's own data and parents, not the child's gezag or partners. */
export const BRP_VELDEN_KIND = [...PERSOON_VELDEN, 'ouders.naam'] as const

export const GEBRUIK_PAGINA_GROOTTE = 20

export interface GebruikVraag {
  organisatie?: string
  /** yyyy-mm-dd, inclusive */
  vanaf?: string
  pagina: number
}

/** Reading is safe to repeat and to keep for offline reading, also where the BRP uses POST (to keep the BSN out of the URL). */
const LEZEN = { readOnly: true } as const

export function gegevensApi(http: HttpClient) {
  const brp = async (bsn: string, fields: readonly string[], signal?: AbortSignal) => {
    const antwoord = await http.post(
      '/brp/personen',
      { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields },
      brpPersonenSchema,
      { ...LEZEN, signal },
    )
    return antwoord.personen[0] ?? null
  }
  return {
    eigenPersoon: (bsn: string, signal?: AbortSignal) => brp(bsn, BRP_VELDEN_EIGEN, signal),
    kind: (bsn: string, signal?: AbortSignal) => brp(bsn, BRP_VELDEN_KIND, signal),
    /** Every address from the start of the records until `tot` (today, yyyy-mm-dd). */
    verblijfplaatshistorie: (bsn: string, tot: string, signal?: AbortSignal) =>
      http.post(
        '/brp/verblijfplaatshistorie',
        { type: 'RaadpleegMetPeriode', burgerservicenummer: bsn, datumVan: '1900-01-01', datumTot: tot },
        verblijfplaatshistorieSchema,
        { ...LEZEN, signal },
      ),
    voertuigen: (signal?: AbortSignal) => http.get('/rdw/voertuigen', voertuigenSchema, { signal }),
    onroerendeZaken: (signal?: AbortSignal) => http.get('/kadaster/onroerende-zaken', onroerendeZakenSchema, { signal }),
    diplomas: (signal?: AbortSignal) => http.get('/duo/diplomas', diplomasSchema, { signal }),
    inkomens: (signal?: AbortSignal) => http.get('/belastingdienst/inkomens', inkomensSchema, { signal }),
    gebruik: (vraag: GebruikVraag, signal?: AbortSignal) =>
      http.get('/gegevensgebruik', gebruikLijstSchema, {
        signal,
        query: {
          organisatie: vraag.organisatie || undefined,
          vanaf: vraag.vanaf,
          pagina: vraag.pagina,
          paginaGrootte: GEBRUIK_PAGINA_GROOTTE,
        },
      }),
    toestemmingen: (signal?: AbortSignal) => http.get('/toestemmingen', toestemmingenSchema, { signal }),
    trekIn: (id: string) =>
      http.patch(`/toestemmingen/${encodeURIComponent(id)}`, { status: 'ingetrokken' }, toestemmingSchema),
  }
}

export type GegevensApi = ReturnType<typeof gegevensApi>
