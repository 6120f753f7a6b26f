import { ref, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import { isApiError } from '@/shared/http'
import { useHttpClient } from '@/shared/http/http-client.key'
import { berichtenApi } from './berichten.api'
import type { Bericht, MapNaam } from './berichten.schemas'
import { useBerichtenAantallenStore } from './berichten.store'

/**
 * What a person can do with one letter. Every action waits for the server: on success the
 * person goes back to the folder with a message; on failure nothing moved, and the screen
 * says so. A second click while busy does nothing.
 */
export function useBerichtActies(bericht: Ref<Bericht | null>) {
  const api = berichtenApi(useHttpClient())
  const aantallen = useBerichtenAantallenStore()
  const router = useRouter()
  const bezig = ref(false)
  const foutSleutel = ref<string | null>(null)

  async function voerUit(actie: (id: string) => Promise<unknown>, melding: string): Promise<void> {
    const huidig = bericht.value
    if (!huidig || bezig.value) return
    bezig.value = true
    foutSleutel.value = null
    try {
      await actie(huidig.berichtId)
      aantallen.melding = { sleutel: melding, soort: 'ok' }
      // The navigation refreshes the unread count (App.vue), so the folder shows the new numbers.
      await router.push({ name: 'berichten', query: huidig.map === 'postvak' ? {} : { map: huidig.map } })
    } catch (error) {
      foutSleutel.value = isApiError(error) && error.kind === 'not-found' ? 'berichten.meldingen.weg' : 'berichten.meldingen.mislukt'
    } finally {
      bezig.value = false
    }
  }

  const verplaats = (map: MapNaam, melding: string) => voerUit((id) => api.wijzig(id, { map }), melding)

  return {
    bezig,
    foutSleutel,
    markeerOngelezen: () => voerUit((id) => api.wijzig(id, { status: 'ongelezen' }), 'berichten.meldingen.ongelezen'),
    archiveer: () => verplaats('archief', 'berichten.meldingen.gearchiveerd'),
    naarPostvak: () => verplaats('postvak', 'berichten.meldingen.naarPostvak'),
    naarPrullenbak: () => verplaats('prullenbak', 'berichten.meldingen.naarPrullenbak'),
    terugzetten: () => verplaats('postvak', 'berichten.meldingen.teruggezet'),
    verwijderDefinitief: () => voerUit((id) => api.verwijder(id), 'berichten.meldingen.verwijderd'),
  }
}
