import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import type { GegevensSectie } from './use-gegevens-secties'
import { useSectiesOpVolgorde } from './use-secties-op-volgorde'

const sectie = (id: string, stand: 'laden' | 'geladen' | 'fout'): GegevensSectie =>
  ({ id, titel: id, geladen: stand === 'geladen', error: stand === 'fout' ? new Error('stuk') : null }) as unknown as GegevensSectie

describe('the sources of the Gegevens page, top down', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function start(lijst: GegevensSectie[]) {
    const secties = ref(lijst)
    const scope = effectScope()
    const getoond = scope.run(() => useSectiesOpVolgorde(secties, 3_000))
    const ids = () => getoond?.value.map((s) => s.id)
    return { secties, ids }
  }

  it('shows a source that has its data only once those above it have theirs, so nothing is pushed down', async () => {
    const { secties, ids } = start([sectie('brp', 'laden'), sectie('rdw', 'geladen'), sectie('duo', 'geladen')])
    expect(ids()).toEqual(['brp'])
    secties.value = [sectie('brp', 'geladen'), sectie('rdw', 'geladen'), sectie('duo', 'geladen')]
    await nextTick()
    expect(ids()).toEqual(['brp', 'rdw', 'duo'])
  })

  it('counts a source that failed as done: its message is its place', async () => {
    const { ids } = start([sectie('brp', 'fout'), sectie('rdw', 'laden'), sectie('duo', 'geladen')])
    expect(ids()).toEqual(['brp', 'rdw'])
  })

  it('lets a slow source hold the rest back for a few seconds only, and never hides what was shown', async () => {
    const { secties, ids } = start([sectie('brp', 'geladen'), sectie('duo', 'laden'), sectie('belasting', 'geladen')])
    expect(ids()).toEqual(['brp', 'duo'])
    vi.advanceTimersByTime(3_000)
    await nextTick()
    expect(ids()).toEqual(['brp', 'duo', 'belasting'])
    secties.value = [sectie('brp', 'laden'), sectie('duo', 'laden'), sectie('belasting', 'geladen')]
    await nextTick()
    expect(ids()).toEqual(['brp', 'duo', 'belasting'])
  })
})
