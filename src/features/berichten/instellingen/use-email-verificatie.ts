import { ref, shallowRef } from 'vue'
import { useHttpClient } from '@/shared/http/http-client.key'
import { controleerCode, normaliseerCode, type CodeFout } from './email-invoer'
import { instellingenApi, verificatieProbleem, type CodeBlokkade, type Instellingen } from './instellingen.api'

/** The service allows 3 wrong codes; after that only a new code helps (mocks/state/berichten/instellingen.ts). */
const MAX_POGINGEN = 3

/** What is wrong with the code field, as a message key under `berichtenInstellingen.code.fouten` and its values. */
export type CodeMelding =
  | { soort: CodeFout }
  | { soort: 'onjuist'; pogingen: number }
  | { soort: 'onjuistOnbekend' }

/**
 * Step 2 of the e-mail setting: confirming the 6-digit code, and asking for a new one.
 * `pogingenBekend` is false when the code was asked for before this visit: then we cannot know how many tries
 * are left (the service's `pogingenOver` does not survive the shared problem schema) and we do not guess.
 */
export function useEmailVerificatie(pogingenBekend: boolean) {
  const api = instellingenApi(useHttpClient())
  const melding = ref<CodeMelding | null>(null)
  const blokkade = ref<CodeBlokkade | null>(null)
  const dienstFout = shallowRef<unknown>(null)
  const bevestigen = ref(false)
  const versturen = ref(false)
  let fouteCodes = 0

  /** Resolves true when the code is confirmed; otherwise `melding`, `blokkade` or `dienstFout` says why. */
  async function bevestig(invoer: string): Promise<boolean> {
    if (bevestigen.value || versturen.value) return false
    const code = normaliseerCode(invoer)
    const fout = controleerCode(code)
    if (fout) {
      melding.value = { soort: fout }
      dienstFout.value = null
      return false
    }
    bevestigen.value = true
    try {
      await api.bevestig(code)
      return true
    } catch (error) {
      leesFout(error)
      return false
    } finally {
      bevestigen.value = false
    }
  }

  function leesFout(error: unknown): void {
    const probleem = verificatieProbleem(error)
    if (probleem === undefined) {
      dienstFout.value = error
      return
    }
    dienstFout.value = null
    if (probleem === 'code-onjuist') {
      fouteCodes += 1
      // Never below 1: the last wrong try comes back as 409 te-vaak-onjuist, not as 400.
      const pogingen = Math.max(1, MAX_POGINGEN - fouteCodes)
      melding.value = pogingenBekend ? { soort: 'onjuist', pogingen } : { soort: 'onjuistOnbekend' }
    } else if (probleem === 'code-ongeldig') {
      melding.value = { soort: 'formaat' }
    } else {
      melding.value = null
      blokkade.value = probleem
    }
  }

  /** Asks for a new code for the same address; resolves with the new settings, or null (see `dienstFout`). */
  async function vraagNieuweCode(email: string): Promise<Instellingen | null> {
    if (bevestigen.value || versturen.value) return null
    versturen.value = true
    try {
      return await api.vraagCodeAan(email)
    } catch (error) {
      dienstFout.value = error
      return null
    } finally {
      versturen.value = false
    }
  }

  return { melding, blokkade, dienstFout, bevestigen, versturen, bevestig, vraagNieuweCode }
}
