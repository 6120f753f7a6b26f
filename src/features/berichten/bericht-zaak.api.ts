import * as v from 'valibot'
import { isApiError, type HttpClient } from '@/shared/http'
import { uploadWithProgress } from '@/shared/http/upload-with-progress'

/**
 * The three Zaken calls a letter needs: its zaak, an attachment for a reactie, and the reactie itself.
 * The Berichtenbox may not reach into the Zaken feature (mo/feature-boundaries), so it reads the answers
 * with its own small schemas: the fields it uses of the shapes in src/features/zaken/zaken.schemas.ts.
 */

/** Copied from the Zaken contract (MAX_TEKST_TEKENS): a reactie has 1 to this many characters; the mock refuses more. */
export const MAX_REACTIE_TEKENS = 2000
/** Copied from the Zaken contract (MAX_BESTAND_BYTES): the mock answers 413 beyond this. */
export const MAX_BIJLAGE_BYTES = 10_000_000
/** PDF, JPG and PNG (the Zaken contract's BESTANDSTYPEN), by extension: the mock checks the content as well. */
export const BIJLAGE_TYPEN = ['.pdf', '.jpg', '.jpeg', '.png'] as const
/** The contract allows 5 (MAX_REACTIE_BIJLAGEN); a reply to one letter rarely needs more than 3, and the form stays short. */
export const MAX_BIJLAGEN = 3
/** Uploads are multipart/form-data with the file in this field (the contract's BESTAND_VELD). */
const BESTAND_VELD = 'bestand'

/** GET /zaken/_voor-bericht/{berichtId}. */
const zaakVerwijzingSchema = v.object({ uuid: v.string(), identificatie: v.string(), omschrijving: v.string() })
/** POST /zaken/zaken/{uuid}/bestanden answers with a ZAAKINFORMATIEOBJECT; a reactie names the document (informatieobject) in it. */
const zaakDocumentSchema = v.object({ _expand: v.object({ informatieobject: v.object({ uuid: v.string() }) }) })
/** POST /zaken/zaken/{uuid}/reacties answers with the new line of the zaak's history. */
const reactieSchema = v.object({ soort: v.literal('reactie'), id: v.string(), berichtId: v.string(), bijlagen: v.array(v.string()) })

export type ZaakVerwijzing = v.InferOutput<typeof zaakVerwijzingSchema>
export type VerstuurdeReactie = v.InferOutput<typeof reactieSchema>

export interface NieuweReactie {
  berichtId: string
  tekst: string
  /** The uuids of documents uploaded to the zaak before. */
  bijlagen: string[]
}

export interface BijlageOpties {
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  idempotencyKey: string
}

const zaakPad = (uuid: string) => `/zaken/zaken/${encodeURIComponent(uuid)}`

export function berichtZaakApi(http: HttpClient) {
  return {
    /** The zaak this letter belongs to, or null when it belongs to none (404). */
    async zaakVan(berichtId: string, signal?: AbortSignal): Promise<ZaakVerwijzing | null> {
      try {
        return await http.get(`/zaken/_voor-bericht/${encodeURIComponent(berichtId)}`, zaakVerwijzingSchema, { signal })
      } catch (error) {
        if (isApiError(error) && error.kind === 'not-found') return null
        throw error
      }
    },
    /** Puts a file on the zaak; resolves with the uuid of its document (not of the link to the zaak), for the reactie. */
    async uploadBijlage(zaakUuid: string, bestand: File, opties: BijlageOpties): Promise<string> {
      const body = new FormData()
      body.append(BESTAND_VELD, bestand, bestand.name)
      return (await http.upload(`${zaakPad(zaakUuid)}/bestanden`, body, zaakDocumentSchema, { ...opties, via: uploadWithProgress }))._expand.informatieobject.uuid
    },
    reageer: (zaakUuid: string, reactie: NieuweReactie, idempotencyKey: string) =>
      http.post(`${zaakPad(zaakUuid)}/reacties`, reactie, reactieSchema, { idempotencyKey }),
  }
}
