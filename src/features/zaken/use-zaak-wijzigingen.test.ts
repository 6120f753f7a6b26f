import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { HTTP_CLIENT } from '@/shared/http/http-client.key'
import { createTestI18n } from '@/test/i18n'
import { countActivityFromNow } from '@/shared/time/recent-activity'
import { POLL_MS, STIL_NA_MS, useZaakWijzigingen } from './use-zaak-wijzigingen'

/** Only the feed: every poll answers "nothing new". */
function fakeHttp() {
  return { get: vi.fn(async () => ({ nu: new Date().toISOString(), zaken: [], aantallen: { open: 0, afgerond: 0 } })) }
}

function mountFeed(http: ReturnType<typeof fakeHttp>) {
  const Host = defineComponent({
    setup() {
      useZaakWijzigingen(() => undefined, () => undefined)
      return () => h('p', 'zaken')
    },
  })
  return mount(Host, { global: { plugins: [createTestI18n()], provide: { [HTTP_CLIENT as symbol]: http } } })
}

describe('useZaakWijzigingen', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    countActivityFromNow()
  })
  afterEach(() => vi.useRealTimers())

  it('stops asking after two quiet minutes, so an idle session stays idle, and asks again after a key press', async () => {
    const http = fakeHttp()
    const wrapper = mountFeed(http)
    await vi.advanceTimersByTimeAsync(STIL_NA_MS)
    const totDanToe = http.get.mock.calls.length
    expect(totDanToe).toBeGreaterThan(20)
    await vi.advanceTimersByTimeAsync(10 * POLL_MS)
    expect(http.get).toHaveBeenCalledTimes(totDanToe)

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    await vi.advanceTimersByTimeAsync(POLL_MS)
    expect(http.get).toHaveBeenCalledTimes(totDanToe + 1)
    wrapper.unmount()
  })
})
