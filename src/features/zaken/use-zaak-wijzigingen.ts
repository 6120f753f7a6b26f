import { onScopeDispose, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useHttpClient } from '@/shared/http/http-client.key'
import { lastActivityAt } from '@/shared/time/recent-activity'
import { useServerNow } from '@/shared/time/server-clock'
import { zakenApi } from './zaken.api'
import type { ZakenWijzigingen } from './zaken.schemas'

/** Often enough that a change shows within 5 seconds. */
export const POLL_MS = 4_000
/** A failing feed waits longer each time, up to this; it never breaks the page and recovers by itself. */
export const MAX_WACHT_MS = 60_000
/** Nobody at the screen for this long: stop asking, so an idle session stays idle (and its token expires). */
export const STIL_NA_MS = 2 * 60_000

/**
 * Live changes to the person's zaken while a Zaken page is open: cheap polling of /_wijzigingen with
 * backoff, paused while the tab is hidden or the person idle. A new status is said politely (`melding`,
 * for an always-present role="status"); focus never moves. `bekendeStatus` tells what the page already
 * shows, so the person's own action (a question) is not announced as news.
 */
export function useZaakWijzigingen(opVerandering: (wijzigingen: ZakenWijzigingen) => void, bekendeStatus: (uuid: string) => string | undefined) {
  const api = zakenApi(useHttpClient())
  const { t } = useI18n()
  const nu = useServerNow()
  // The last sign of someone at the screen: the count the session guard reads too, or the moment this page opened.
  const geopend = Date.now()
  const stil = () => Date.now() - Math.max(geopend, lastActivityAt()) > STIL_NA_MS || document.visibilityState === 'hidden'
  const melding = ref('')
  let sinds = nu.value.toISOString()
  let wacht = POLL_MS
  let timer: ReturnType<typeof setTimeout> | undefined
  let gestopt = false
  const controller = new AbortController()

  async function vraag(): Promise<void> {
    if (stil()) return plan(POLL_MS)
    try {
      const wijzigingen = await api.wijzigingen(sinds, controller.signal)
      sinds = wijzigingen.nu
      wacht = POLL_MS
      const nieuw = wijzigingen.zaken.filter((zaak) => bekendeStatus(zaak.uuid) !== zaak.huidigeStatus.omschrijving)
      if (nieuw.length > 0) {
        melding.value = nieuw
          .map((zaak) => t('zaken.live.veranderd', { omschrijving: zaak.omschrijving, status: zaak.huidigeStatus.omschrijving }))
          .join(' ')
      }
      if (wijzigingen.zaken.length > 0) opVerandering(wijzigingen)
    } catch {
      wacht = Math.min(wacht * 2, MAX_WACHT_MS)
    }
    plan(wacht)
  }

  function plan(ms: number): void {
    if (gestopt) return
    timer = setTimeout(() => void vraag(), ms)
  }

  plan(POLL_MS)
  onScopeDispose(() => {
    gestopt = true
    clearTimeout(timer)
    controller.abort()
  })
  return { melding }
}
