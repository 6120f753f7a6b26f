import { ref } from 'vue'

/**
 * What the app can say about the offline copies: when they were last brought up to date, from when the page
 * shown offline is, and what the device cannot keep. In the first load (the connection notice reads it); the
 * store itself is not.
 */
/** The copies (niet-beschikbaar, vol, onleesbaar), or the outbox: it cannot be kept (wachtrij-vol) or read (wachtrij-onleesbaar). */
export type OpslagProbleem = 'niet-beschikbaar' | 'vol' | 'onleesbaar' | 'wachtrij-vol' | 'wachtrij-onleesbaar'

const BIJGEWERKT_KEY = 'mo:offline-bijgewerkt'

function readBijgewerkt(): number | null {
  try {
    const value = Number(window.sessionStorage.getItem(BIJGEWERKT_KEY))
    return Number.isFinite(value) && value > 0 ? value : null
  } catch {
    return null
  }
}

/** Server time of the newest answer kept; in sessionStorage, so a reload offline still knows it. */
export const laatstBijgewerkt = ref<number | null>(readBijgewerkt())
/** Server time of the oldest kept answer shown since the connection went; null when nothing kept was shown. */
export const getoondVan = ref<number | null>(null)
export const opslagProbleem = ref<OpslagProbleem | null>(null)

export function markeerBijgewerkt(op: number): void {
  if (laatstBijgewerkt.value !== null && laatstBijgewerkt.value >= op) return
  laatstBijgewerkt.value = op
  try {
    window.sessionStorage.setItem(BIJGEWERKT_KEY, String(op))
  } catch {
    // Not kept past a reload; the notice then leaves out the time.
  }
}

export function markeerGetoond(opgeslagenOp: number): void {
  if (getoondVan.value === null || opgeslagenOp < getoondVan.value) getoondVan.value = opgeslagenOp
}
