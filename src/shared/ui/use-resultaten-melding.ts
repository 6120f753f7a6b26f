import { ref, useTemplateRef, watch, type Ref } from 'vue'

/**
 * After the person changes the question (search, filter, folder, page), and once the new list
 * is there: focus goes to the results heading (not the page top) and the always-present live
 * region says what was found. The first load of the page is the route's to announce.
 */
export function useResultatenMelding<T>(vraag: Ref<T>, laden: Ref<boolean>, tekst: () => string, mislukt: () => boolean) {
  const resultaten = ref('')
  const kop = useTemplateRef<HTMLElement>('resultatenKop')
  let wachtOpResultaat = false

  watch(vraag, (nieuw, oud) => {
    if (JSON.stringify(nieuw) === JSON.stringify(oud)) return
    wachtOpResultaat = true
    resultaten.value = ''
  })
  watch(laden, (bezig) => {
    if (bezig || !wachtOpResultaat) return
    wachtOpResultaat = false
    // A failed load is said by its alert; focus stays where the person was, so that is the one voice.
    if (mislukt()) return
    resultaten.value = tekst()
    kop.value?.focus({ preventScroll: false })
  })

  return { resultaten, resultatenKop: kop }
}
