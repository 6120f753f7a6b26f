/** Why the person was logged out, shown once on the logged-out page. Holds no personal data. */
export type LogoutReason = 'zelf' | 'inactief' | 'limiet' | 'andere-tab'

const KEY = 'mo:uitlogreden'
const REASONS: readonly LogoutReason[] = ['zelf', 'inactief', 'limiet', 'andere-tab']

export function rememberLogoutReason(reason: LogoutReason): void {
  try {
    window.sessionStorage.setItem(KEY, reason)
  } catch {
    // Without storage the page simply shows the general text.
  }
}

export function takeLogoutReason(): LogoutReason | null {
  try {
    const value = window.sessionStorage.getItem(KEY)
    window.sessionStorage.removeItem(KEY)
    return REASONS.find((reason) => reason === value) ?? null
  } catch {
    return null
  }
}
