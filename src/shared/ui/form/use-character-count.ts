import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'

/** GOV.UK waits for a pause in typing before it tells a screen reader the count. */
export const ANNOUNCE_AFTER_MS = 1000

/** Characters as a person counts them: an emoji or an accented letter is one. */
export const countCharacters = (text: string) => [...text].length

/**
 * The characters left under a limit. `announced` follows `left` only after a pause in typing, so a
 * screen reader hears the count once rather than on every key.
 */
export function useCharacterCount(text: MaybeRefOrGetter<string>, max: MaybeRefOrGetter<number>) {
  const left = computed(() => toValue(max) - countCharacters(toValue(text)))
  const announced = ref<number | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined

  watch(left, (value) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      announced.value = value
    }, ANNOUNCE_AFTER_MS)
  })
  onScopeDispose(() => clearTimeout(timer))

  return { left, over: computed(() => left.value < 0), announced }
}
