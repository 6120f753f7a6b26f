import { computed, onScopeDispose, ref, watch, type ComputedRef, type Ref } from 'vue'
import type { GegevensSectie } from './use-gegevens-secties'

/** How long a source below one that is still loading waits before it shows anyway. */
export const WACHT_OP_BOVENSTE_MS = 3_000

const klaar = (sectie: GegevensSectie) => sectie.geladen || sectie.error !== null

/**
 * The sources show from the top down: one that has its data waits until those above it have theirs (or failed),
 * so a source that fills in never pushes down what someone is already reading (no layout shift). A slow source
 * holds the rest back for a few seconds at most. Once shown, a source stays (also while one above it retries).
 */
export function useSectiesOpVolgorde(secties: Readonly<Ref<GegevensSectie[]>>, wachtMs = WACHT_OP_BOVENSTE_MS): ComputedRef<GegevensSectie[]> {
  // A plain timer, not @vueuse's useTimeout: that would sit in the first-load vendor chunk for this one page.
  const genoegGewacht = ref(false)
  const timer = setTimeout(() => (genoegGewacht.value = true), wachtMs)
  onScopeDispose(() => clearTimeout(timer))
  const aantal = ref(0)
  watch(
    [secties, genoegGewacht],
    ([lijst, klaarMetWachten]) => {
      const eersteBezig = lijst.findIndex((sectie) => !klaar(sectie))
      const nu = klaarMetWachten || eersteBezig === -1 ? lijst.length : eersteBezig + 1
      aantal.value = Math.max(aantal.value, nu)
    },
    { immediate: true },
  )
  return computed(() => secties.value.slice(0, aantal.value))
}
