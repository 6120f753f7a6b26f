import { onMounted, ref } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { instellingenApi } from './instellingen/instellingen.api'

/** The organisations connected to the Berichtenbox, for the filter. Without them the filter still works. */
export function useAfzenders() {
  const api = instellingenApi(useHttpClient())
  const afzenders = ref<string[]>([])
  onMounted(async () => {
    try {
      const { organisaties } = await api.haal()
      afzenders.value = organisaties.map(({ afzender }) => afzender).sort((a, b) => a.localeCompare(b, 'nl'))
    } catch {
      afzenders.value = []
    }
  })
  return afzenders
}
