import { nextTick, shallowRef, ref, watch, type Ref } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { berichtenApi } from './berichten.api'
import type { BerichtenZoekvraag } from './berichten-zoekvraag'
import type { BerichtSamenvatting } from './berichten.schemas'

// User Timing marks: `npm run bench` reads how long the inbox takes, before and after the data arrives.
const MARK_VRAAG = 'berichten:vraag'
const MARK_DATA = 'berichten:data'

function meetWeergave(): void {
  performance.measure('berichten:weergave', MARK_DATA)
  performance.measure('berichten:totaal', MARK_VRAAG)
}

/**
 * One page of the inbox for the current question. A newer question cancels the older
 * request, so a fast typist never sees stale results.
 */
export function useBerichtenLijst(vraag: Ref<BerichtenZoekvraag>) {
  const api = berichtenApi(useHttpClient())
  const berichten = ref<BerichtSamenvatting[]>([])
  const heeftVolgende = ref(false)
  const laden = ref(false)
  const fout = shallowRef<unknown>(null)
  let lopend: AbortController | null = null

  async function laad(): Promise<void> {
    lopend?.abort()
    const controller = new AbortController()
    lopend = controller
    laden.value = true
    fout.value = null
    try {
      performance.mark(MARK_VRAAG)
      const lijst = await api.lijst(vraag.value, controller.signal)
      performance.mark(MARK_DATA)
      berichten.value = lijst.berichten
      heeftVolgende.value = Boolean(lijst._links?.next)
      await nextTick()
      meetWeergave()
    } catch (error) {
      if (controller.signal.aborted) return
      fout.value = error
    } finally {
      if (lopend === controller) laden.value = false
    }
  }

  watch(
    vraag,
    (nieuw, oud) => {
      // Another folder is another list: never show the old folder's letters while loading.
      if (oud && nieuw.map !== oud.map) berichten.value = []
      void laad()
    },
    { deep: true, immediate: true },
  )

  return { berichten, heeftVolgende, laden, fout, laad }
}
