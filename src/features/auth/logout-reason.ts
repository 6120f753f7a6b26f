/**
 * Why the person was logged out, shown once on the logged-out page, and where they were when
 * the session expired, so a new login brings them back. Holds no personal data.
 */
export type LogoutReason = 'zelf' | 'inactief' | 'limiet' | 'andere-tab' | 'sessie-verlopen' | 'sleutel-kwijt' | 'sleutel-in-geheugen'

const KEY = 'mo:uitlogreden'
const PATH_KEY = 'mo:terug'
const REASONS: readonly LogoutReason[] = ['zelf', 'inactief', 'limiet', 'andere-tab', 'sessie-verlopen', 'sleutel-kwijt', 'sleutel-in-geheugen']

export function rememberLogoutReason(reason: LogoutReason, returnPath?: string): void {
  try {
    window.sessionStorage.setItem(KEY, reason)
    if (returnPath) window.sessionStorage.setItem(PATH_KEY, returnPath)
  } catch {
    // Without storage the page simply shows the general text.
  }
}

export function takeLogoutReason(): { reason: LogoutReason; returnPath: string | null } | null {
  try {
    const value = window.sessionStorage.getItem(KEY)
    const returnPath = window.sessionStorage.getItem(PATH_KEY)
    window.sessionStorage.removeItem(KEY)
    window.sessionStorage.removeItem(PATH_KEY)
    const reason = REASONS.find((candidate) => candidate === value)
    return reason ? { reason, returnPath } : null
  } catch {
    return null
  }
}
