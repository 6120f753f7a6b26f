import { shallowRef } from 'vue'
import { isApiError } from '@/shared/http'
import { useHttpClient } from '@/shared/http/http-client.key'
import type { UploadFunction } from '@/shared/ui/form/use-file-upload'
import { zakenApi } from './zaken.api'
import { BESTANDSTYPEN, type Taak } from './zaken.schemas'

/** For the file picker and the check before sending: the extensions of the types the service takes. */
export const UPLOAD_ACCEPT: readonly string[] = Object.values(BESTANDSTYPEN).flat()

/** Why an upload failed; message keys `zaken.acties.upload.fouten.*` ('anders': the HTTP client's own text). */
export type UploadFout = 'teGroot' | 'verkeerdType' | 'verbinding' | 'dienst' | 'alGedaan' | 'weg' | 'anders'

export function uploadFout(error: unknown): UploadFout {
  if (!isApiError(error)) return 'anders'
  if (error.status === 413) return 'teGroot'
  if (error.status === 415) return 'verkeerdType'
  switch (error.kind) {
    case 'network':
    case 'offline':
    case 'timeout':
      return 'verbinding'
    case 'server':
    case 'malformed':
    case 'rate-limited':
      return 'dienst'
    case 'not-found':
      return 'weg'
    case 'conflict':
      // 409 is also "your first try is still being handled" (Idempotency-Key): trying again then helps.
      return error.problem?.code === 'taak-afgerond' ? 'alGedaan' : 'dienst'
    default:
      return 'anders'
  }
}

/** Only these can go right with the same file: a dropped connection or a service that had a problem. */
const OPNIEUW: ReadonlySet<UploadFout> = new Set(['verbinding', 'dienst'])

interface Gevolgen {
  afgerond: (taak: Taak) => void
  /** The task was done or removed elsewhere: the zaak needs reloading. */
  verouderd: () => void
}

/**
 * The upload of a task, as FileUploadField's `upload`. One Idempotency-Key per chosen file: "Probeer
 * opnieuw" sends the same File again with the same key, so a file that did arrive before the connection
 * dropped is stored once. `opnieuwTeSturen` is that file while a retry can help.
 */
export function useTaakUpload(zaakId: () => string, taak: () => Taak, gevolgen: Gevolgen) {
  const api = zakenApi(useHttpClient())
  const fout = shallowRef<{ soort: UploadFout; error: unknown } | null>(null)
  const opnieuwTeSturen = shallowRef<File | null>(null)
  let poging: { bestand: File; sleutel: string } | null = null

  const upload: UploadFunction = async (bestand, onProgress, signal) => {
    if (poging?.bestand !== bestand) poging = { bestand, sleutel: crypto.randomUUID() }
    fout.value = null
    opnieuwTeSturen.value = null
    try {
      const klaar = await api.uploadVoorTaak(zaakId(), taak().id, bestand, { onProgress, signal, idempotencyKey: poging.sleutel })
      poging = null
      gevolgen.afgerond(klaar)
    } catch (error) {
      // Stopped by the person, or by a newer choice: the field says so, and nothing is wrong.
      if (isApiError(error) && error.kind === 'aborted') throw error
      const soort = uploadFout(error)
      fout.value = { soort, error }
      if (OPNIEUW.has(soort)) opnieuwTeSturen.value = bestand
      if (soort === 'alGedaan' || soort === 'weg') gevolgen.verouderd()
      throw error
    }
  }

  /** Another file chosen: what went wrong with the last one no longer applies (also when the field refuses the new one). */
  function vergeet(): void {
    fout.value = null
    opnieuwTeSturen.value = null
  }

  return { upload, fout, opnieuwTeSturen, vergeet }
}
