import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

/** The parts of the portal a machtiging can cover; `eigen`: what is never part of one (settings, e-mail, permanent delete, machtigingen). */
export type NamensDienst = 'berichten' | 'zaken' | 'gegevens' | 'eigen'

/** What the Machtigingen API says the current login may do for the person it acts for. */
export interface NamensContext {
  naam: string
  soort: 'machtiging' | 'bewind'
  status: 'actief' | 'ingetrokken' | 'verlopen' | 'geen'
  diensten: readonly ({ dienst: 'berichten' | 'zaken'; organisaties?: readonly string[] } | { dienst: 'gegevens'; onderdelen: readonly string[] })[]
  geldigTot?: string
}

/**
 * Whose data the app shows and what it may do with it. Acting for yourself, everything; acting for someone,
 * only what the machtiging covers, and nothing until the app knows what that is. The shell sets whom the login
 * acts for (from the `represents` claim); the Machtigingen feature fills in the context from the API.
 * The API decides in the end: this only keeps out of sight what it would refuse.
 */
export const useNamensStore = defineStore('namens', () => {
  /** BSN of the person represented; null when acting for yourself. */
  const bsn = ref<string | null>(null)
  const context = shallowRef<NamensContext | null>(null)
  /** Goes up when the API refused something as outside the machtiging: the context is read again. */
  const verouderd = ref(0)

  const actief = computed(() => bsn.value !== null)
  /** Back to one's own context; the shell plugs in the auth store's switch (shared code cannot import it). */
  let terugNaarEigen: () => Promise<void> = async () => undefined
  /** One switch back at a time, wherever it was asked (banner, notice, problem box); a failure leaves the person where they were. */
  const stopping = ref(false)
  const stoppenMislukt = ref(false)

  async function stoppen(): Promise<void> {
    if (stopping.value) return
    stopping.value = true
    stoppenMislukt.value = false
    try {
      await terugNaarEigen()
    } catch {
      stoppenMislukt.value = true
      stopping.value = false
    }
  }

  function begin(vertegenwoordigde: string | null): void {
    if (vertegenwoordigde === bsn.value) return
    bsn.value = vertegenwoordigde
    context.value = null
  }

  /** Whether the current login may use this part (and for berichten and zaken, this organisation; for gegevens, this source). */
  function mag(dienst: NamensDienst, deel?: string): boolean {
    if (bsn.value === null) return true
    const huidig = context.value
    if (dienst === 'eigen' || huidig?.status !== 'actief') return false
    return huidig.diensten.some((gedekt) => {
      if (gedekt.dienst !== dienst) return false
      if (gedekt.dienst === 'gegevens') return deel === undefined || gedekt.onderdelen.includes(deel)
      return deel === undefined || gedekt.organisaties === undefined || gedekt.organisaties.some((naam) => naam.toLowerCase() === deel.toLowerCase())
    })
  }

  return {
    bsn,
    context,
    actief,
    verouderd,
    begin,
    mag,
    vul: (nieuw: NamensContext) => {
      context.value = nieuw
    },
    markeerVerouderd: () => {
      verouderd.value += 1
    },
    gebruikStoppen: (stoppen: () => Promise<void>) => {
      terugNaarEigen = stoppen
    },
    stopping,
    stoppenMislukt,
    stoppen,
  }
})
