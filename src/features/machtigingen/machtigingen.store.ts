import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * What the grant did, shown once on the overview it returns to ("U heeft … gemachtigd"). In memory only: the
 * name never goes into the URL or the browser history.
 */
export const useMachtigingenMeldingStore = defineStore('machtigingen-melding', () => {
  const gemachtigd = ref<string | null>(null)

  function neem(): string | null {
    const naam = gemachtigd.value
    gemachtigd.value = null
    return naam
  }

  return { gemachtigd, neem }
})
