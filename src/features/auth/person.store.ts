import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useLoader } from '@/shared/load/use-loader'
import { useAuthStore } from './auth.store'
import { fetchFullName } from './person.api'

/** The logged-in person's name, for the header and the overview: asked from the BRP once per login. */
export const usePersonStore = defineStore('person', () => {
  const http = useHttpClient()
  const auth = useAuthStore()
  const naam = useLoader(
    () => auth.identity?.bsn ?? null,
    (bsn, signal) => fetchFullName(http, bsn, signal),
  )
  return {
    fullName: computed(() => naam.data.value),
    error: naam.error,
    loading: naam.loading,
    load: naam.reload,
  }
})
