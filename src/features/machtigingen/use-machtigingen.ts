import { computed, nextTick, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useAuthStore } from '@/features/auth'
import { isApiError } from '@/shared/http'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useLoader } from '@/shared/load/use-loader'
import { machtigingenApi, type StatusWijziging } from './machtigingen.api'
import type { Machtiging } from './machtigingen.schemas'
import { useMachtigingenMeldingStore } from './machtigingen.store'

type Melding = { tekst: string; soort: 'ok' | 'error' }

/** The other person of a machtiging, seen from the caller. */
export const anderePersoon = (machtiging: Machtiging) => (machtiging.richting === 'gegeven' ? machtiging.gemachtigde : machtiging.volmachtgever)

const ACTIES: Record<StatusWijziging, { gelukt: string; mislukt: string }> = {
  actief: { gelukt: 'geaccepteerd', mislukt: 'accepterenMislukt' },
  geweigerd: { gelukt: 'geweigerd', mislukt: 'weigerenMislukt' },
  ingetrokken: { gelukt: 'ingetrokken', mislukt: 'intrekkenMislukt' },
}

/**
 * The person's machtigingen, given and received, and what they can do with them: accept or decline one received,
 * start acting for someone, revoke one given (after a confirmation). Every change waits for the server; only then
 * does the item change. A failure says so in the item and in the status message; nothing changed.
 */
export function useMachtigingen() {
  const api = machtigingenApi(useHttpClient())
  const auth = useAuthStore()
  const { t } = useI18n()
  const lijst = useLoader(
    computed(() => auth.identity?.bsn ?? null),
    (_bsn, signal) => api.lijst(signal),
  )
  const ontvangen = computed(() => lijst.data.value?.filter((machtiging) => machtiging.richting === 'ontvangen') ?? [])
  const gegeven = computed(() => lijst.data.value?.filter((machtiging) => machtiging.richting === 'gegeven') ?? [])

  const gemachtigd = useMachtigingenMeldingStore().neem()
  const melding = ref<Melding | null>(gemachtigd ? { tekst: t('machtigingen.meldingen.gegeven', { naam: gemachtigd }), soort: 'ok' } : null)
  const fout = ref<{ id: string; tekst: string } | null>(null)
  const bezig = ref(false)
  const teIntrekken = ref<Machtiging | null>(null)

  /** Cleared first, so the same message a second time is announced again. */
  async function meld(nieuw: Melding): Promise<void> {
    melding.value = null
    await nextTick()
    melding.value = nieuw
  }

  const focusOp = (id: string) => document.getElementById(`machtiging-${id}`)?.focus()

  async function wijzig(machtiging: Machtiging, status: StatusWijziging): Promise<void> {
    if (bezig.value) return
    bezig.value = true
    fout.value = null
    const naam = anderePersoon(machtiging).naam
    try {
      const bijgewerkt = await api.wijzigStatus(machtiging.id, status)
      lijst.data.value = (lijst.data.value ?? []).map((item) => (item.id === bijgewerkt.id ? bijgewerkt : item))
      void meld({ tekst: t(`machtigingen.meldingen.${ACTIES[status].gelukt}`, { naam }), soort: 'ok' })
    } catch (error) {
      if (isApiError(error) && error.kind === 'conflict') {
        void meld({ tekst: t('machtigingen.meldingen.kanNietMeer', { naam }), soort: 'ok' })
        void lijst.reload()
      } else {
        const tekst = t(`machtigingen.meldingen.${ACTIES[status].mislukt}`, { naam })
        fout.value = { id: machtiging.id, tekst }
        void meld({ tekst, soort: 'error' })
      }
    } finally {
      bezig.value = false
    }
  }

  // The item's buttons change with its status: focus goes to its heading.
  async function statusVan(machtiging: Machtiging, status: 'actief' | 'geweigerd'): Promise<void> {
    await wijzig(machtiging, status)
    await nextTick()
    focusOp(machtiging.id)
  }

  // After a revocation its button is gone: once the dialog has closed, focus goes to the item's heading. After
  // "Nee" back to the button that opened it (browsers do that themselves; this makes sure).
  let focusNaSluiten: (() => void) | null = null
  function vraagIntrekken(machtiging: Machtiging): void {
    const opener = document.activeElement
    focusNaSluiten = () => (opener instanceof HTMLElement && opener.isConnected ? opener.focus() : focusOp(machtiging.id))
    teIntrekken.value = machtiging
  }
  async function bevestig(): Promise<void> {
    const machtiging = teIntrekken.value
    if (!machtiging || bezig.value) return
    await wijzig(machtiging, 'ingetrokken')
    focusNaSluiten = () => focusOp(machtiging.id)
    teIntrekken.value = null
  }
  function naSluiten(): void {
    focusNaSluiten?.()
    focusNaSluiten = null
  }

  /** To DigiD and back, now acting for this person; only a failure comes back here. */
  async function regelen(machtiging: Machtiging): Promise<void> {
    if (bezig.value) return
    bezig.value = true
    fout.value = null
    try {
      await auth.wisselVertegenwoordiging(machtiging.volmachtgever.burgerservicenummer)
    } catch {
      const tekst = t('machtigingen.meldingen.regelenMislukt')
      fout.value = { id: machtiging.id, tekst }
      void meld({ tekst, soort: 'error' })
    } finally {
      bezig.value = false
    }
  }

  return {
    lijst,
    ontvangen,
    gegeven,
    melding,
    fout,
    bezig,
    teIntrekken,
    accepteer: (machtiging: Machtiging) => statusVan(machtiging, 'actief'),
    weiger: (machtiging: Machtiging) => statusVan(machtiging, 'geweigerd'),
    vraagIntrekken,
    bevestig,
    naSluiten,
    annuleer: () => (teIntrekken.value = null),
    regelen,
  }
}
