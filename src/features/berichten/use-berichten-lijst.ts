import { computed, watch, type Ref } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useLoader } from '@/shared/load/use-loader'
import { berichtenApi, PAGINA_GROOTTE } from './berichten.api'
import type { BerichtenZoekvraag } from './berichten-zoekvraag'

// User Timing marks: `npm run bench` reads how long the inbox takes, before and after the data arrives.
const MARK_VRAAG = 'berichten:vraag'
const MARK_DATA = 'berichten:data'

function meetWeergave(): void {
  performance.measure('berichten:weergave', MARK_DATA)
  performance.measure('berichten:totaal', MARK_VRAAG)
}

/**
 * One page of the inbox for the current question. A newer question cancels the older request,
 * so a fast typist never sees stale results. Another page or filter of the same folder keeps
 * the current letters in view while it loads; another folder never shows the old folder's letters.
 */
export function useBerichtenLijst(vraag: Ref<BerichtenZoekvraag>) {
  const api = berichtenApi(useHttpClient())
  const lijst = useLoader(
    vraag,
    async (huidige, signal) => {
      performance.mark(MARK_VRAAG)
      const antwoord = await api.lijst(huidige, signal)
      performance.mark(MARK_DATA)
      return antwoord
    },
    { keepPrevious: (oud, nieuw) => oud.map === nieuw.map },
  )
  // After the DOM shows the new letters ('post'): the part after the data arrived is rendering.
  watch(lijst.data, (data) => data && meetWeergave(), { flush: 'post' })

  return {
    berichten: computed(() => lijst.data.value?.berichten ?? []),
    totaal: computed(() => lijst.data.value?.totaal ?? null),
    aantalPaginas: computed(() => (lijst.data.value ? Math.max(1, Math.ceil(lijst.data.value.totaal / PAGINA_GROOTTE)) : null)),
    heeftVolgende: computed(() => Boolean(lijst.data.value?._links?.next)),
    geladen: computed(() => lijst.data.value !== null),
    laden: lijst.loading,
    busy: lijst.busy,
    fout: lijst.error,
    laad: lijst.reload,
  }
}
