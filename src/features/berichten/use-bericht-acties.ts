import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useAuthStore } from '@/features/auth'
import { isApiError, isConnectionLost, type HttpMethod } from '@/shared/http'
import { useHttpClient } from '@/shared/http/http-client.key'
import { contextOf, wachtOpVerbinding } from '@/shared/outbox/outbox'
import { berichtSchema, type Bericht, type MapNaam } from './berichten.schemas'
import { useBerichtenAantallenStore } from './berichten.store'

interface Actie {
  methode: Extract<HttpMethod, 'PATCH' | 'DELETE'>
  body?: { status?: 'ongelezen'; map?: MapNaam }
  /** Message key of what the person chose, for the waiting list. */
  label: string
  melding: string
}

/**
 * What a person can do with one letter. Online, every action waits for the server: on success the person goes
 * back to the folder with a message; on failure nothing moved, and the screen says so. Offline, the action waits
 * in the outbox and goes out once the connection is back (a letter gone by then is reported, not dropped).
 * A second click while busy does nothing.
 */
export function useBerichtActies(bericht: Ref<Bericht | null>) {
  const http = useHttpClient()
  const auth = useAuthStore()
  const { t } = useI18n()
  const aantallen = useBerichtenAantallenStore()
  const router = useRouter()
  const bezig = ref(false)
  const foutSleutel = ref<string | null>(null)

  async function voerUit(actie: Actie): Promise<void> {
    const huidig = bericht.value
    if (!huidig || bezig.value) return
    bezig.value = true
    foutSleutel.value = null
    const pad = `/berichten/${encodeURIComponent(huidig.berichtId)}`
    const sleutel = crypto.randomUUID()
    const terug = () => router.push({ name: 'berichten', query: huidig.map === 'postvak' ? {} : { map: huidig.map } })
    try {
      // PATCH answers with the letter: read it whole (also to keep it for offline reading); DELETE has no body.
      if (actie.methode === 'PATCH') await http.request('PATCH', pad, { body: actie.body, idempotencyKey: sleutel, schema: berichtSchema })
      else await http.request('DELETE', pad, { idempotencyKey: sleutel })
      aantallen.melding = { sleutel: actie.melding, soort: 'ok' }
      // The navigation refreshes the unread count (App.vue), so the folder shows the new numbers.
      await terug()
    } catch (error) {
      const context = contextOf(auth.identity)
      if (isConnectionLost(error) && context) {
        wachtOpVerbinding(http, context, {
          id: sleutel,
          soort: 'bericht',
          titel: `${t(actie.label)}: ${huidig.onderwerp}`,
          methode: actie.methode,
          pad,
          body: actie.body,
          sleutel,
        })
        aantallen.melding = { sleutel: 'berichten.meldingen.wacht', soort: 'ok' }
        await terug()
        return
      }
      foutSleutel.value = isApiError(error) && error.kind === 'not-found' ? 'berichten.meldingen.weg' : 'berichten.meldingen.mislukt'
    } finally {
      bezig.value = false
    }
  }

  const verplaats = (map: MapNaam, label: string, melding: string) => voerUit({ methode: 'PATCH', body: { map }, label, melding })

  return {
    bezig,
    foutSleutel,
    markeerOngelezen: () =>
      voerUit({ methode: 'PATCH', body: { status: 'ongelezen' }, label: 'berichten.acties.ongelezen', melding: 'berichten.meldingen.ongelezen' }),
    archiveer: () => verplaats('archief', 'berichten.acties.archiveren', 'berichten.meldingen.gearchiveerd'),
    naarPostvak: () => verplaats('postvak', 'berichten.acties.naarPostvak', 'berichten.meldingen.naarPostvak'),
    naarPrullenbak: () => verplaats('prullenbak', 'berichten.acties.prullenbak', 'berichten.meldingen.naarPrullenbak'),
    terugzetten: () => verplaats('postvak', 'berichten.acties.terugzetten', 'berichten.meldingen.teruggezet'),
    verwijderDefinitief: () => voerUit({ methode: 'DELETE', label: 'berichten.acties.definitief', melding: 'berichten.meldingen.verwijderd' }),
  }
}
