/**
 * Opens one screen of the catalogue in its state: the right person logged in (through the mock DigiD, without
 * its page), the mock in its seed state with the faults set, the actions done, and then, where the state asks,
 * the device offline or the idle warning open. Logging in takes full page loads, so this runs again on return
 * to /schermen/:id and picks up where it is.
 */
import type { Router } from 'vue-router'
import { SESSION_LIMITS, useAuthStore } from '@/features/auth'
import { wipeStoredData } from '@/shared/storage/device-owner'
import { wipeDeviceData } from '@/shared/storage/wipe-device-data'
import { useSessieTellingStore } from '../sessie-telling.store'
import { mockControl } from './mock-control'
import { vindKop, voerUit, wachtOp, wachtTotKlaar, zichtbaarElement } from './scherm-acties'
import { bewaarStartTijdens } from './scherm-start'
import { kenmerkVan, type Scherm } from './schermen'

export interface OpenSchermDeps {
  router: Router
  /** The device holds nothing but the session already (this page was loaded after a wipe). */
  schoon: boolean
  auth: ReturnType<typeof useAuthStore>
  sessieTelling: ReturnType<typeof useSessieTellingStore>
}

/** 'weg': the page is going to DigiD or reloading; 'klaar': the screen shows. */
export type OpenResultaat = 'weg' | 'klaar'

/** The attribute the audit waits for: which screen is ready (or what went wrong). */
export const KLAAR_ATTRIBUUT = 'data-scherm-klaar'
export const FOUT_ATTRIBUUT = 'data-scherm-fout'

const schoonAdres = () => `${window.location.pathname}?${SCHOON_PARAM}`
export const SCHOON_PARAM = 'schoon'

function isDeJuisteLogin(scherm: Scherm, auth: OpenSchermDeps['auth']): boolean {
  const identity = auth.identity
  if (!scherm.inlog) return identity === null
  return identity !== null && identity.bsn === scherm.inlog.bsn && identity.level === scherm.inlog.niveau && (identity.representsBsn ?? undefined) === scherm.inlog.namens
}

export async function openScherm(scherm: Scherm, { router, schoon, auth, sessieTelling }: OpenSchermDeps): Promise<OpenResultaat> {
  document.documentElement.removeAttribute(KLAAR_ATTRIBUUT)
  if (!isDeJuisteLogin(scherm, auth) || scherm.digid) {
    if (auth.isAuthenticated) {
      // Somebody else's session: gone from the device first, then this page again without it.
      await bewaarStartTijdens(wipeDeviceData)
      window.location.replace(schoonAdres())
      return 'weg'
    }
    if (scherm.inlog || scherm.digid) {
      await mockControl.reset()
      if (scherm.inlog) await mockControl.snelInloggen(scherm.inlog)
      // A real login at DigiD, never its single sign-on for the person of the screen before.
      await auth.login(scherm.digid ? '/' : schoonAdres(), undefined, { anotherPerson: true })
      return 'weg'
    }
  } else if (scherm.inlog && !schoon) {
    // The same person as the screen before: what that screen left (a draft, the outbox, copies) goes, the session stays.
    await bewaarStartTijdens(async () => {
      await wipeStoredData()
      for (const key of Object.keys(window.sessionStorage)) if (key.startsWith('mo:')) window.sessionStorage.removeItem(key)
    })
    window.location.replace(schoonAdres())
    return 'weg'
  }

  await mockControl.reset()
  for (const fout of scherm.fouten ?? []) await mockControl.fout(fout)

  await router.replace(scherm.pad)
  for (const actie of scherm.acties ?? []) await voerUit(actie)
  if (scherm.staat === 'offline') await gaOffline(router)
  if (scherm.staat === 'sessiewaarschuwing') {
    // As if the person did nothing since the warning's moment, a second before it.
    sessieTelling.begin(Date.now() - SESSION_LIMITS.idleMs + SESSION_LIMITS.warnBeforeMs + 1_000)
  }
  await wachtTotKlaar()
  await wachtOp(`de kop "${scherm.kop}"`, () => vindKop(scherm.kop))
  const kenmerk = kenmerkVan(scherm)
  if (kenmerk) await wachtOp(`wat de toestand laat zien (${kenmerk})`, () => zichtbaarElement(kenmerk))
  // The catalogue says which route the screen is; the guard test trusts it, so it is checked here.
  const route = String(router.currentRoute.value.name ?? '')
  if (route !== scherm.route) throw new Error(`Dit scherm is route "${route}", niet "${scherm.route}".`)
  document.documentElement.setAttribute(KLAAR_ATTRIBUUT, scherm.id)
  return 'klaar'
}

/**
 * The device "goes offline" after the page was seen online (so its copy exists): the browser says offline,
 * the API cannot be reached, and the page opens again as it would without a connection. A reload says online
 * again while the API still fails, until the next screen is opened from the overview.
 */
async function gaOffline(router: Router): Promise<void> {
  const hier = router.currentRoute.value.fullPath
  await wachtTotKlaar()
  // Enough for this page and what it loads; opening the next screen resets the mock anyway.
  await mockControl.fout({ path: '/api', network: true, times: 200 })
  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false })
  window.dispatchEvent(new Event('offline'))
  await router.replace('/schermen')
  await router.replace(hier)
}
