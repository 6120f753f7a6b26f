import { computed, ref } from 'vue'
import { useAuthStore } from '@/features/auth'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useLoader } from '@/shared/load/use-loader'
import { useNamensStore } from '@/shared/namens/namens.store'
import { fetchVoorWie } from './machtigingen.api'

/**
 * Whom the person may act for, and switching: through DigiD, which confirms without a new login. Only a
 * failure comes back here; on success the page is left (and everything of the old context wiped).
 */
export function useVoorWie() {
  const http = useHttpClient()
  const auth = useAuthStore()
  const namens = useNamensStore()
  const lijst = useLoader(
    computed(() => auth.identity?.bsn ?? null),
    (_bsn, signal) => fetchVoorWie(http, signal),
  )
  /** The person acted for now; null: oneself. */
  const huidig = computed(() => namens.bsn ?? auth.identity?.representsBsn ?? null)
  /** Whom the switch is going to (null: oneself), while it runs. */
  const naar = ref<string | null | undefined>(undefined)
  const mislukt = ref(false)

  async function kies(bsn: string | null): Promise<void> {
    if (naar.value !== undefined) return
    naar.value = bsn
    mislukt.value = false
    try {
      await auth.wisselVertegenwoordiging(bsn)
    } catch {
      mislukt.value = true
      naar.value = undefined
    }
  }

  return { lijst, huidig, naar, bezig: computed(() => naar.value !== undefined), mislukt, kies }
}
