import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useAuthStore } from './auth.store'
import { fetchFullName } from './person.api'

/** The logged-in person's name, for the header and the overview. */
export const usePersonStore = defineStore('person', () => {
  const http = useHttpClient()
  const auth = useAuthStore()
  const fullName = ref<string | null>(null)
  const error = shallowRef<unknown>(null)
  const loading = ref(false)

  async function load(): Promise<void> {
    const bsn = auth.identity?.bsn
    if (!bsn || loading.value) return
    loading.value = true
    error.value = null
    try {
      fullName.value = await fetchFullName(http, bsn)
    } catch (caught) {
      error.value = caught
    } finally {
      loading.value = false
    }
  }

  return { fullName, error, loading, load }
})
