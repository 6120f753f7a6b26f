import { computed } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useLoader } from '@/shared/load/use-loader'
import { instellingenApi } from './instellingen/instellingen.api'

/** The organisations connected to the Berichtenbox, for the filter. Without them the filter still works. */
export function useAfzenders() {
  const api = instellingenApi(useHttpClient())
  const { data } = useLoader(
    () => 'afzenders',
    async (_key, signal) => (await api.haal(signal)).organisaties.map(({ afzender }) => afzender).sort((a, b) => a.localeCompare(b, 'nl')),
  )
  return computed(() => data.value ?? [])
}
