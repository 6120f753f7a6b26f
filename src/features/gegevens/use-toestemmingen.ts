import { computed, nextTick, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useAuthStore } from '@/features/auth'
import { isApiError } from '@/shared/http'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useLoader } from '@/shared/load/use-loader'
import { gegevensApi } from './gegevens.api'
import type { Toestemming } from './gegevens.schemas'

/**
 * The person's toestemmingen, and withdrawing one. The withdrawal waits for the server: only then does
 * the list change; on failure nothing changed and the screen says so. A second click while busy does nothing.
 */
export function useToestemmingen() {
  const api = gegevensApi(useHttpClient())
  const auth = useAuthStore()
  const { t } = useI18n()
  const wie = computed(() => auth.subjectBsn)
  const lijst = useLoader(wie, (_bsn, signal) => api.toestemmingen(signal).then((antwoord) => antwoord.toestemmingen))

  const teIntrekken = ref<Toestemming | null>(null)
  const bezig = ref(false)
  const melding = ref<{ tekst: string; soort: 'ok' | 'error' } | null>(null)
  /** A failure is also shown inside the toestemming it is about: that is where focus goes, also at 320 px. */
  const fout = ref<{ id: string; tekst: string } | null>(null)

  /** Cleared first, so the same message a second time is announced again. */
  async function meld(nieuw: { tekst: string; soort: 'ok' | 'error' }): Promise<void> {
    melding.value = null
    await nextTick()
    melding.value = nieuw
  }

  function vervang(bijgewerkt: Toestemming): void {
    lijst.data.value = (lijst.data.value ?? []).map((item) => (item.id === bijgewerkt.id ? bijgewerkt : item))
  }

  // After a withdrawal its button is gone: once the dialog has closed, focus goes to the toestemming's heading.
  let focusNaSluiten: string | null = null
  function naSluiten(): void {
    if (focusNaSluiten) document.getElementById(`toestemming-${focusNaSluiten}`)?.focus()
    focusNaSluiten = null
  }

  async function bevestig(): Promise<void> {
    const toestemming = teIntrekken.value
    if (!toestemming || bezig.value) return
    bezig.value = true
    fout.value = null
    const naam = toestemming.ontvanger.naam
    try {
      vervang(await api.trekIn(toestemming.id))
      void meld({ tekst: t('gegevens.toestemmingen.ingetrokken', { naam }), soort: 'ok' })
    } catch (error) {
      if (isApiError(error) && error.kind === 'conflict') {
        void meld({ tekst: t('gegevens.toestemmingen.alVerlopen', { naam }), soort: 'ok' })
        void lijst.reload()
      } else {
        const tekst = t('gegevens.toestemmingen.mislukt', { naam })
        fout.value = { id: toestemming.id, tekst }
        void meld({ tekst, soort: 'error' })
      }
    } finally {
      bezig.value = false
      focusNaSluiten = toestemming.id
      teIntrekken.value = null
    }
  }

  return { lijst, teIntrekken, bezig, melding, fout, bevestig, naSluiten, annuleer: () => (teIntrekken.value = null) }
}
