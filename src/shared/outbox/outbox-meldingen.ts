import { ref } from 'vue'

/**
 * What the last round of sending did, for the one connection status region (app/layout/ConnectionStatus.vue).
 * In the first load and tiny; the outbox itself loads only when something waits. It stays until the person
 * has read it (closes it, or opens the waiting list): nothing important disappears on a timer.
 */
export interface RondeMelding {
  verstuurd: number
  geweigerd: number
}

export const laatsteRonde = ref<RondeMelding | null>(null)

export function meldRonde(verstuurd: number, geweigerd: number): void {
  const vorige = laatsteRonde.value
  // Two rounds before she looked: both count.
  laatsteRonde.value = { verstuurd: verstuurd + (vorige?.verstuurd ?? 0), geweigerd: geweigerd + (vorige?.geweigerd ?? 0) }
}
