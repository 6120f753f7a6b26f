import { ref, shallowRef } from 'vue'
import { useAuthStore } from '@/features/auth'
import { isApiError, isConnectionLost } from '@/shared/http'
import { useHttpClient } from '@/shared/http/http-client.key'
import { contextOf, wachtOpVerbinding } from '@/shared/outbox/outbox'
import { countCharacters } from '@/shared/ui/form/use-character-count'
import { MAX_TEKST_TEKENS } from './zaken.schemas'

/** What is wrong with the text; message keys `zaken.acties.<form>.fouten.*`. */
export type TekstFout = 'leeg' | 'teLang'

/** 1 to MAX_TEKST_TEKENS characters once the spaces around it are gone, as the service demands. */
export function controleerTekst(tekst: string): TekstFout | null {
  const schoon = tekst.trim()
  if (schoon === '') return 'leeg'
  return countCharacters(schoon) > MAX_TEKST_TEKENS ? 'teLang' : null
}

/**
 * Sends one text (an answer to a task, a question) once. Checked first; one request at a time, so a double
 * click sends one; one Idempotency-Key per text, so trying the same text again after a failure cannot count
 * twice at the service, while a changed text is a new action with a new key.
 */
/** Where the text goes when it must wait for a connection: the path of its POST and what the waiting list says. */
export interface Wachtrij {
  pad: string
  titel: string
}

export function useTekstVersturen<T>(verstuur: (tekst: string, idempotencyKey: string) => Promise<T>, wachtrij?: () => Wachtrij) {
  const http = useHttpClient()
  const auth = useAuthStore()
  const tekst = ref('')
  const fout = ref<TekstFout | null>(null)
  const dienstFout = shallowRef<unknown>(null)
  const bezig = ref(false)
  /** Offline, the text went to the outbox: it is sent, with the same key, when the connection is back. */
  const wacht = ref(false)
  let poging: { tekst: string; sleutel: string } | null = null

  /** The service's answer, or undefined: then `fout` or `dienstFout` says why (or a send was already running). */
  async function versturen(): Promise<T | undefined> {
    if (bezig.value) return undefined
    const schoon = tekst.value.trim()
    fout.value = controleerTekst(schoon)
    if (fout.value) {
      dienstFout.value = null
      return undefined
    }
    if (poging?.tekst !== schoon) poging = { tekst: schoon, sleutel: crypto.randomUUID() }
    const { sleutel } = poging
    bezig.value = true
    wacht.value = false
    try {
      const antwoord = await verstuur(schoon, sleutel)
      poging = null
      dienstFout.value = null
      tekst.value = ''
      return antwoord
    } catch (error) {
      const context = contextOf(auth.identity)
      if (wachtrij && context && isConnectionLost(error)) {
        const { pad, titel } = wachtrij()
        wachtOpVerbinding(http, context, {
          id: sleutel,
          soort: 'zaak-tekst',
          titel,
          pad,
          body: { tekst: schoon },
          sleutel,
        })
        poging = null
        dienstFout.value = null
        tekst.value = ''
        wacht.value = true
        return undefined
      }
      // The text stays in the field: the person only corrects it, or tries again.
      if (weigertTekst(error)) {
        fout.value = 'teLang'
        dienstFout.value = null
      } else {
        dienstFout.value = error
      }
      return undefined
    } finally {
      bezig.value = false
    }
  }

  return { tekst, fout, dienstFout, bezig, wacht, versturen }
}

/** The service counts UTF-16 units, we count characters: only a text full of emoji can pass here and fail there. */
function weigertTekst(error: unknown): boolean {
  return isApiError(error) && error.kind === 'validation' && (error.problem?.invalidParams ?? []).some((param) => param.name === 'tekst')
}
