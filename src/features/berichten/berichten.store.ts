import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { haalAantallen, type Aantallen } from './berichten-aantallen.api'

/**
 * The numbers the whole app shows: unread post in the navigation and on the overview. Every
 * change in the Berichtenbox refreshes them, so they stay right everywhere.
 */
export const useBerichtenAantallenStore = defineStore('berichten-aantallen', () => {
  const http = useHttpClient()
  const aantallen = ref<Aantallen | null>(null)
  const fout = ref(false)
  /** What the last action did, shown once on the next screen ("Het bericht staat nu in het Archief."). */
  const melding = ref<{ sleutel: string; soort: 'ok' | 'fout' } | null>(null)
  let laatsteVraag = 0

  /** Asks again after every change; only the newest answer counts, so an older one never wins. */
  async function ververs(): Promise<void> {
    const vraag = ++laatsteVraag
    try {
      const antwoord = await haalAantallen(http)
      if (vraag !== laatsteVraag) return
      aantallen.value = antwoord
      fout.value = false
    } catch {
      // The badge is a hint; the inbox itself says what went wrong.
      if (vraag === laatsteVraag) fout.value = true
    }
  }

  function neemMelding() {
    const huidige = melding.value
    melding.value = null
    return huidige
  }

  return { aantallen, fout, melding, ververs, neemMelding }
})
