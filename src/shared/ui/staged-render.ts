import { inject, nextTick, onMounted, ref, type InjectionKey, type Ref } from 'vue'
import { yieldToMain } from '../time/yield-to-main'

/**
 * How the app draws its first page anew (not when it takes over a prerendered page): in stages, each its own task,
 * off screen; `drawn` resolves once the last stage is drawn, and the page is put on screen in one go (main.ts).
 */
export interface Stages {
  drawn: Promise<void>
  markDrawn(): void
}

export const RENDER_IN_STAGES: InjectionKey<Stages | null> = Symbol('RenderInStages')

export function createStages(): Stages {
  let markDrawn = () => {}
  const drawn = new Promise<void>((resolve) => (markDrawn = resolve))
  return { drawn, markDrawn }
}

/**
 * The stage of the first page that is drawn: 1 at mount, then one more per task up to `last`. So a cheap phone
 * never has one long task for the whole page (Total Blocking Time). A taken over page is at `last` at once: it
 * must draw exactly what was prerendered. Used once, by the app's root component.
 */
export function useDrawingStage(last: number): Readonly<Ref<number>> {
  const stages = inject(RENDER_IN_STAGES, null)
  const stage = ref(stages ? 1 : last)
  if (stages) {
    onMounted(async () => {
      while (stage.value < last) {
        await yieldToMain()
        stage.value++
      }
      await nextTick()
      stages.markDrawn()
    })
  }
  return stage
}
