import type { HttpClient } from '@/shared/http'
import { uploadWithProgress } from '@/shared/http/upload-with-progress'
import { BIJLAGE_VELD, bijlageSchema, correctieverzoekenSchema, correctieverzoekSchema, registratiesSchema, type NieuwCorrectieverzoek } from './mfo.schemas'

export const VERZOEKEN_PAD = '/correctieverzoeken'
const verzoekPad = (id: string) => `${VERZOEKEN_PAD}/${encodeURIComponent(id)}`

/** The Correctieverzoeken API of the Meldpunt (README): one function per call, every answer checked. */
export function mfoApi(http: HttpClient) {
  return {
    registraties: (signal?: AbortSignal) => http.get(`${VERZOEKEN_PAD}/_registraties`, registratiesSchema, { signal }),
    verzoeken: (signal?: AbortSignal) => http.get(VERZOEKEN_PAD, correctieverzoekenSchema, { signal }),
    verzoek: (id: string, signal?: AbortSignal) => http.get(verzoekPad(id), correctieverzoekSchema, { signal }),
    uploadBijlage: (bestand: File, opties: { onProgress: (fraction: number) => void; signal: AbortSignal; idempotencyKey: string }) => {
      const body = new FormData()
      body.append(BIJLAGE_VELD, bestand, bestand.name)
      return http.upload(`${VERZOEKEN_PAD}/bijlagen`, body, bijlageSchema, { ...opties, via: uploadWithProgress })
    },
    verwijderBijlage: (id: string) => http.delete(`${VERZOEKEN_PAD}/bijlagen/${encodeURIComponent(id)}`),
    dienIn: (verzoek: NieuwCorrectieverzoek, idempotencyKey: string) => http.post(VERZOEKEN_PAD, verzoek, correctieverzoekSchema, { idempotencyKey }),
    heropen: (id: string, reden: string, idempotencyKey: string) => http.post(`${verzoekPad(id)}/heropeningen`, { reden }, correctieverzoekSchema, { idempotencyKey }),
  }
}
