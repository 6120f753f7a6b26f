import { onMounted, ref } from 'vue'
import * as v from 'valibot'
import { useHttpClient } from '@/shared/http/http-client.key'

const organisatiesSchema = v.object({ organisaties: v.array(v.object({ afzender: v.string() })) })

/** The organisations connected to the Berichtenbox, for the filter. Without them the filter still works. */
export function useAfzenders() {
  const http = useHttpClient()
  const afzenders = ref<string[]>([])
  onMounted(async () => {
    try {
      const { organisaties } = await http.get('/berichtenbox/instellingen', organisatiesSchema)
      afzenders.value = organisaties.map(({ afzender }) => afzender).sort((a, b) => a.localeCompare(b, 'nl'))
    } catch {
      afzenders.value = []
    }
  })
  return afzenders
}
