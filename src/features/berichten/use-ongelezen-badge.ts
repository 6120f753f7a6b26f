import { computed, onScopeDispose, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useAuthStore } from '@/features/auth'
import type { NavBadge } from '@/shared/feature'
import { useBerichtenAantallenStore } from './berichten.store'

/**
 * The unread count next to "Berichten". It refreshes on every navigation, not on a timer: new
 * post shows up without a reload, and an idle session stays idle (renewal must stop while idle).
 */
export function useOngelezenBadge(): () => NavBadge | null {
  const { t } = useI18n()
  const store = useBerichtenAantallenStore()
  const auth = useAuthStore()
  const ververs = () => {
    if (auth.isAuthenticated) void store.ververs()
  }
  onScopeDispose(useRouter().afterEach(ververs))
  watch(() => auth.isAuthenticated, ververs, { immediate: true })

  const ongelezen = computed(() => (auth.isAuthenticated ? (store.aantallen?.ongelezen ?? 0) : 0))
  return () => (ongelezen.value > 0 ? { count: ongelezen.value, label: t('berichtenEntry.ongelezenBadge', ongelezen.value) } : null)
}
