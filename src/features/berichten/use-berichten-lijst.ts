import { shallowRef, ref, watch, type Ref } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { berichtenApi } from './berichten.api'
import type { BerichtenZoekvraag } from './berichten-zoekvraag'
import type { BerichtSamenvatting } from './berichten.schemas'

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
      const lijst = await api.lijst(vraag.value, controller.signal)
      berichten.value = lijst.berichten
      heeftVolgende.value = Boolean(lijst._links?.next)
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
