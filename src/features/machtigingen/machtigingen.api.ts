import { isApiError, type HttpClient } from '@/shared/http'
import {
  dienstenCatalogusSchema,
  handelingenLijstSchema,
  machtigingenLijstSchema,
  machtigingSchema,
  vertegenwoordigbarenSchema,
  type NieuweMachtiging,
  type Vertegenwoordigbare,
} from './machtigingen.schemas'

export const HANDELINGEN_PAGINA_GROOTTE = 20

/** What the person can change about a machtiging: accept or decline one received, revoke one given. */
export type StatusWijziging = 'actief' | 'geweigerd' | 'ingetrokken'

/** Whom this person may act for now: the switcher, and the shell's "Iemand anders kiezen". */
export function fetchVoorWie(http: HttpClient, signal?: AbortSignal): Promise<Vertegenwoordigbare[]> {
  return http.get('/machtigingen/_voor-wie', vertegenwoordigbarenSchema, { signal }).then((antwoord) => antwoord.vertegenwoordigden)
}

/** The Machtigingen API (README): the person's own machtigingen, granting, status changes and "Namens u gedaan". */
export function machtigingenApi(http: HttpClient) {
  return {
    /** Given and received, newest first. */
    lijst: (signal?: AbortSignal) => http.get('/machtigingen', machtigingenLijstSchema, { signal }).then((antwoord) => antwoord.machtigingen),
    /** What can be granted: organisations per service and the parts of Gegevens. */
    catalogus: (signal?: AbortSignal) => http.get('/machtigingen/_diensten', dienstenCatalogusSchema, { signal }),
    /** One key per attempt with the same content: a double submit or a retry grants it once. */
    geef: (nieuw: NieuweMachtiging, idempotencyKey: string) => http.post('/machtigingen', nieuw, machtigingSchema, { idempotencyKey }),
    wijzigStatus: (id: string, status: StatusWijziging) => http.patch(`/machtigingen/${encodeURIComponent(id)}`, { status }, machtigingSchema),
    /** 1-based page. */
    handelingen: (pagina: number, signal?: AbortSignal) =>
      http.get('/machtigingen/handelingen', handelingenLijstSchema, { signal, query: { pagina, paginaGrootte: HANDELINGEN_PAGINA_GROOTTE } }),
    voorWie: (signal?: AbortSignal) => fetchVoorWie(http, signal),
  }
}

export type MachtigingenApi = ReturnType<typeof machtigingenApi>

/** A refusal because the login is below DigiD Substantieel: the answer is a step-up login, not a retry. */
export function isTeLaagNiveau(error: unknown): boolean {
  return isApiError(error) && error.kind === 'forbidden' && error.problem?.code === 'acr-te-laag'
}
