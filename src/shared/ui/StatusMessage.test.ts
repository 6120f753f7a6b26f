import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import StatusMessage from './StatusMessage.vue'

describe('StatusMessage', () => {
  it('is a live region even while it has nothing to say', () => {
    const wrapper = mount(StatusMessage, { props: { message: null }, attachTo: document.body })
    expect(getByRole(document.body, 'status').textContent).toBe('')
    wrapper.unmount()
  })

  it('a message that is there from the start (the result of the previous screen) is where focus goes after the navigation', async () => {
    const wrapper = mount(StatusMessage, { props: { message: 'Het bericht staat nu in het Archief.' }, attachTo: document.body })
    const region = getByRole(document.body, 'status')
    expect(region.textContent?.trim()).toBe('Het bericht staat nu in het Archief.')
    const box = region.querySelector<HTMLElement>('.utrecht-alert--ok')
    expect(box?.hasAttribute('data-route-focus')).toBe(true)
    box?.focus()
    expect(document.activeElement).toBe(box)
    await expectNoAxeViolations(wrapper.element)
    wrapper.unmount()
  })

  it('a message that comes later is announced by the region, and takes no focus', async () => {
    const wrapper = mount(StatusMessage, { props: { message: null }, attachTo: document.body })
    await wrapper.setProps({ message: 'Opgeslagen.' })
    const box = getByRole(document.body, 'status').querySelector('.utrecht-alert')
    expect(box?.hasAttribute('data-route-focus')).toBe(false)
    expect(box?.hasAttribute('tabindex')).toBe(false)
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
