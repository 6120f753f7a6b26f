import type { DomainContext } from '../domains'
import { createBerichtenStore } from './berichten-store'
import { createInstellingenStore } from './instellingen'

/** The mock Berichtenbox: everyone's berichten and their notification settings. */
export function createBerichtenbox({ clock, mail, requests }: DomainContext) {
  const berichten = createBerichtenStore(clock)
  const instellingen = createInstellingenStore(clock, { mail, requests })
  return {
    berichten,
    instellingen,
    /** Call after the clock is reset: the seed is dated relative to the clock's now. */
    reset() {
      berichten.reset()
      instellingen.reset()
    },
  }
}

export type Berichtenbox = ReturnType<typeof createBerichtenbox>
