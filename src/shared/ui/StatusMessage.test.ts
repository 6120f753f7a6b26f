import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import StatusMessage, { SETTLE_MS } from './StatusMessage.vue'

describe('StatusMessage', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is a live region even while it has nothing to say', () => {
    const wrapper = mount(StatusMessage, { props: { message: null }, attachTo: document.body })
    expect(getByRole(document.body, 'status').textContent).toBe('')
    wrapper.unmount()
  })

  it('a message that is there from the start arrives after the region, so it is announced', async () => {
    const wrapper = mount(StatusMessage, { props: { message: 'Het bericht staat nu in het Archief.' }, attachTo: document.body })
    const region = getByRole(document.body, 'status')
    expect(region.textContent).toBe('')
    vi.advanceTimersByTime(SETTLE_MS)
    await nextTick()
    expect(region.textContent?.trim()).toBe('Het bericht staat nu in het Archief.')
    expect(region.querySelector('.utrecht-alert--ok')).not.toBeNull()
    vi.useRealTimers()
    await expectNoAxeViolations(wrapper.element)
    wrapper.unmount()
  })

  it('a new message replaces the old one at once, in the style of its type', async () => {
    const wrapper = mount(StatusMessage, { props: { message: null }, attachTo: document.body })
    await wrapper.setProps({ message: 'Dat is niet gelukt.', type: 'error' })
    const region = getByRole(document.body, 'status')
    expect(region.textContent?.trim()).toBe('Dat is niet gelukt.')
    expect(region.querySelector('.utrecht-alert--error')).not.toBeNull()
    await wrapper.setProps({ message: null })
    expect(region.textContent).toBe('')
    wrapper.unmount()
  })
})
