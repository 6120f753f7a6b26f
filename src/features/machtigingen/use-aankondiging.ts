import { onMounted, ref, watch } from 'vue'

const GEZEGD_KEY = 'mo-namens-aangekondigd'
/** Long enough for a screen reader to have said it. */
const LEEG_NA_MS = 7000

function alGezegd(sleutel: string): boolean {
  try {
    return window.sessionStorage.getItem(GEZEGD_KEY) === sleutel
  } catch {
    return false
  }
}

function onthoud(sleutel: string): void {
  try {
    window.sessionStorage.setItem(GEZEGD_KEY, sleutel)
  } catch {
    // Without storage it may be said again after a reload; that is all.
  }
}

/**
 * Text for a live region that is said once per `sleutel` in this tab: when acting for someone starts, and when
 * it ends, but not again at every page or reload. The region exists before the text arrives, so it is read.
 * sessionStorage is wiped at logout and at every switch, so a new context is said again.
 */
export function useAankondiging(tekst: () => string, sleutel: () => string | null) {
  const aankondiging = ref('')
  const gemount = ref(false)
  onMounted(() => {
    gemount.value = true
  })
  watch(
    [sleutel, gemount],
    ([nieuw, klaar]) => {
      if (!klaar || nieuw === null || alGezegd(nieuw)) return
      onthoud(nieuw)
      // After the region is in the page, or screen readers miss the change; emptied again after a while, so
      // reading the page does not meet the same sentence twice (nor, after a language switch, in the old language).
      window.setTimeout(() => {
        aankondiging.value = tekst()
        window.setTimeout(() => {
          aankondiging.value = ''
        }, LEEG_NA_MS)
      }, 100)
    },
    { immediate: true },
  )
  return aankondiging
}
