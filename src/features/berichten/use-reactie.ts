import { reactive, ref, shallowRef, toRaw } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { countCharacters } from '@/shared/ui/form/use-character-count'
import type { UploadFunction } from '@/shared/ui/form/use-file-upload'
import { berichtZaakApi, MAX_BIJLAGEN, MAX_REACTIE_TEKENS, type VerstuurdeReactie } from './bericht-zaak.api'

/** One attachment field: the uploaded file (FileUploadField's model), and the name of a file still on its way. */
export interface BijlageVeld {
  id: string
  bestand: File | null
  uploadend: string | null
}

/** What is wrong, per field; message keys under `berichtZaak.form.fouten`. */
export type ReactieFout = { veld: string; soort: 'leeg' | 'teLang' } | { veld: string; soort: 'uploadend'; naam: string }

/**
 * A reactie to a letter of a zaak: the text, and files that go onto the zaak as soon as they are chosen
 * (FileUploadField shows the progress); "Versturen" then sends the text with the uuids of those documents.
 * One Idempotency-Key per reactie: a retry after a failure sends the same key, so a reactie that did arrive
 * is not recorded twice; a changed text or set of files is another reactie, with a new key.
 */
export function useReactie(zaakUuid: () => string, berichtId: () => string, ids: { tekst: string; bijlage: (nummer: number) => string }) {
  const api = berichtZaakApi(useHttpClient())
  const tekst = ref('')
  const velden = reactive<BijlageVeld[]>([{ id: ids.bijlage(1), bestand: null, uploadend: null }])
  const fouten = ref<ReactieFout[]>([])
  const dienstFout = shallowRef<unknown>(null)
  const bezig = ref(false)
  const documentVan = new WeakMap<File, string>()
  // One key per file: a retry of the same file (after a network failure) puts it on the zaak once.
  const uploadSleutel = new WeakMap<File, string>()
  let poging: { inhoud: string; sleutel: string } | null = null

  /** The field's upload: the file goes onto the zaak; a filled last field makes room for the next one. */
  function uploadVoor(veld: BijlageVeld): UploadFunction {
    return async (bestand, onProgress, signal) => {
      veld.uploadend = bestand.name
      const idempotencyKey = uploadSleutel.get(bestand) ?? crypto.randomUUID()
      uploadSleutel.set(bestand, idempotencyKey)
      try {
        documentVan.set(bestand, await api.uploadBijlage(zaakUuid(), bestand, { onProgress, signal, idempotencyKey }))
      } finally {
        veld.uploadend = null
      }
      if (velden.at(-1) === veld && velden.length < MAX_BIJLAGEN) velden.push({ id: ids.bijlage(velden.length + 1), bestand: null, uploadend: null })
    }
  }

  function controleer(): ReactieFout[] {
    const schoon = tekst.value.trim()
    const gevonden: ReactieFout[] = []
    if (schoon === '') gevonden.push({ veld: ids.tekst, soort: 'leeg' })
    // The mock counts UTF-16 units, the counter counts characters: the stricter of the two decides.
    else if (Math.max(schoon.length, countCharacters(schoon)) > MAX_REACTIE_TEKENS) gevonden.push({ veld: ids.tekst, soort: 'teLang' })
    for (const veld of velden) if (veld.uploadend !== null) gevonden.push({ veld: veld.id, soort: 'uploadend', naam: veld.uploadend })
    return gevonden
  }

  /** Resolves with the reactie once the zaak has it; null when the form or the service says no (see `fouten`, `dienstFout`). */
  async function verstuur(): Promise<VerstuurdeReactie | null> {
    if (bezig.value) return null
    fouten.value = controleer()
    if (fouten.value.length > 0) {
      dienstFout.value = null
      return null
    }
    const bijlagen = velden.flatMap((veld) => {
      // The field's file as it was chosen: `velden` is reactive, and may hand out a proxy of it.
      const uuid = veld.bestand ? documentVan.get(toRaw(veld.bestand)) : undefined
      return uuid ? [uuid] : []
    })
    const reactie = { berichtId: berichtId(), tekst: tekst.value.trim(), bijlagen }
    const inhoud = JSON.stringify([zaakUuid(), reactie])
    if (poging?.inhoud !== inhoud) poging = { inhoud, sleutel: crypto.randomUUID() }
    bezig.value = true
    try {
      const verstuurd = await api.reageer(zaakUuid(), reactie, poging.sleutel)
      poging = null
      dienstFout.value = null
      return verstuurd
    } catch (error) {
      // Text and files stay as they are: the person only tries again.
      dienstFout.value = error
      return null
    } finally {
      bezig.value = false
    }
  }

  return { tekst, velden, fouten, dienstFout, bezig, uploadVoor, verstuur }
}
