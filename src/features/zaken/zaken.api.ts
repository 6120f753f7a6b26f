import type { HttpClient } from '@/shared/http'
import { uploadWithProgress } from '@/shared/http/upload-with-progress'
import {
  BESTAND_VELD,
  reactieRegelSchema,
  taakSchema,
  vraagRegelSchema,
  zaakSchema,
  zaakVerwijzingSchema,
  zakenAantallenSchema,
  zakenLijstSchema,
  zakenWijzigingenSchema,
  ZAKEN_PAGINAGROOTTE,
  zaakinformatieobjectSchema,
  type ZaakFilter,
} from './zaken.schemas'

export interface ZakenVraag {
  organisatie: string
  status: ZaakFilter | ''
  /** 1-based, as the ZGW list counts. */
  pagina: number
}

export interface UploadOpties {
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  /** The same key on a retry of the same file, so the server stores it once. */
  idempotencyKey: string
}

const zaakPad = (uuid: string) => `/zaken/zaken/${encodeURIComponent(uuid)}`
export const antwoordPad = (uuid: string, taakId: string) => `${zaakPad(uuid)}/taken/${encodeURIComponent(taakId)}/antwoord`

const bestandBody = (bestand: File) => {
  const body = new FormData()
  body.append(BESTAND_VELD, bestand, bestand.name)
  return body
}

/** The Zaken API client (ZGW-shaped, see zaken.schemas.ts): one function per call, every answer checked. */
export function zakenApi(http: HttpClient) {
  return {
    lijst: (vraag: ZakenVraag, signal?: AbortSignal) =>
      http.get('/zaken/zaken', zakenLijstSchema, {
        signal,
        query: { organisatie: vraag.organisatie || undefined, status: vraag.status || undefined, page: vraag.pagina, pageSize: ZAKEN_PAGINAGROOTTE },
      }),
    aantallen: (signal?: AbortSignal) => http.get('/zaken/_aantallen', zakenAantallenSchema, { signal }),
    wijzigingen: (sinds: string, signal?: AbortSignal) => http.get('/zaken/_wijzigingen', zakenWijzigingenSchema, { signal, query: { sinds } }),
    zaak: (uuid: string, signal?: AbortSignal) => http.get(zaakPad(uuid), zaakSchema, { signal }),
    document: (inhoud: string) => http.getBlob(inhoud.replace(/^\/api(?=\/)/, '')),
    uploadVoorTaak: (uuid: string, taakId: string, bestand: File, opties: UploadOpties) =>
      http.upload(`${zaakPad(uuid)}/taken/${encodeURIComponent(taakId)}/bestanden`, bestandBody(bestand), taakSchema, { ...opties, via: uploadWithProgress }),
    uploadDocument: (uuid: string, bestand: File, opties: UploadOpties) =>
      http.upload(`${zaakPad(uuid)}/bestanden`, bestandBody(bestand), zaakinformatieobjectSchema, { ...opties, via: uploadWithProgress }),
    beantwoord: (uuid: string, taakId: string, tekst: string, idempotencyKey: string) =>
      http.post(antwoordPad(uuid, taakId), { tekst }, taakSchema, { idempotencyKey }),
    stelVraag: (uuid: string, tekst: string, idempotencyKey: string) => http.post(`${zaakPad(uuid)}/vragen`, { tekst }, vraagRegelSchema, { idempotencyKey }),
    reageer: (uuid: string, reactie: { berichtId: string; tekst: string; bijlagen: string[] }, idempotencyKey: string) =>
      http.post(`${zaakPad(uuid)}/reacties`, reactie, reactieRegelSchema, { idempotencyKey }),
    voorBericht: (berichtId: string, signal?: AbortSignal) => http.get(`/zaken/_voor-bericht/${encodeURIComponent(berichtId)}`, zaakVerwijzingSchema, { signal }),
  }
}

export type ZakenApi = ReturnType<typeof zakenApi>
