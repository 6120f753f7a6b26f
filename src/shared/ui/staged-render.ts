import { inject, onMounted, ref, type InjectionKey, type Ref } from 'vue'
import { yieldToMain } from '../time/yield-to-main'

/** Provided true when the app draws its first page anew (not when it takes over a prerendered page). */
export const RENDER_IN_STAGES: InjectionKey<boolean> = Symbol('RenderInStages')

/**
 * False while the first screen is drawn, true a task later: what is below the first screen or not visible (the
 * footer, the session guard) draws after it, so a cheap phone never has one long task for the whole page. A taken
 * over page is true at once: it must draw exactly what was prerendered.
 */
export function useAfterFirstScreen(): Ref<boolean> {
  const inStages = inject(RENDER_IN_STAGES, false)
  const ready = ref(!inStages)
  if (inStages) onMounted(() => void yieldToMain().then(() => (ready.value = true)))
  return ready
}
