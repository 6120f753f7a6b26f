import type { HttpClient } from '@/shared/http'
import type { BerichtenZoekvraag } from './berichten-zoekvraag'
import { berichtenLijstSchema, berichtSchema, type MapNaam } from './berichten.schemas'

export const PAGINA_GROOTTE = 20

/** The Berichtenbox API client: one function per call, every answer checked. */
export function berichtenApi(http: HttpClient) {
  return {
    lijst: (vraag: BerichtenZoekvraag, signal?: AbortSignal) =>
      http.get('/berichten', berichtenLijstSchema, {
        signal,
        query: {
          map: vraag.map,
          pagina: vraag.pagina,
          paginaGrootte: PAGINA_GROOTTE,
          q: vraag.zoek || undefined,
          afzender: vraag.afzender || undefined,
          status: vraag.status || undefined,
          actieNodig: vraag.actieNodig || undefined,
          sorteer: vraag.oudsteEerst ? 'publicatietijdstip' : '-publicatietijdstip',
        },
      }),
    bericht: (berichtId: string, signal?: AbortSignal) => http.get(`/berichten/${encodeURIComponent(berichtId)}`, berichtSchema, { signal }),
    wijzig: (berichtId: string, wijziging: { status?: 'gelezen' | 'ongelezen'; map?: MapNaam }) =>
      http.patch(`/berichten/${encodeURIComponent(berichtId)}`, wijziging, berichtSchema),
    verwijder: (berichtId: string) => http.delete(`/berichten/${encodeURIComponent(berichtId)}`, undefined),
    bijlage: (berichtId: string, bijlageId: string) =>
      http.getBlob(`/berichten/${encodeURIComponent(berichtId)}/bijlagen/${encodeURIComponent(bijlageId)}`),
  }
}

export type BerichtenApi = ReturnType<typeof berichtenApi>
