import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { createTestI18n } from '@/test/i18n'
import SessionWarningDialog from './SessionWarningDialog.vue'

function render(open: boolean) {
  return mount(SessionWarningDialog, {
    props: { open, remainingMs: 105_000 },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
}

describe('SessionWarningDialog', () => {
  it('says, as part of the warning, what waits to be sent and will be lost', async () => {
    window.localStorage.setItem('mo:outbox', JSON.stringify([{ id: 'a', status: 'wacht' }, { id: 'b', status: 'wacht' }, { id: 'c', status: 'geweigerd' }]))
    const wrapper = render(true)
    await nextTick()
    await nextTick()
    const beschrijving = document.getElementById('session-warning-text')
    expect(beschrijving?.textContent).toContain('Let op: 2 acties wachten nog op verbinding. Die gaan verloren als u wordt uitgelogd.')
    await expectNoAxeViolations(wrapper.get('dialog').element)
    wrapper.unmount()
    window.localStorage.clear()
  })

  it('opens as a modal dialog with the time left, and focus on "Blijf ingelogd"', async () => {
    const wrapper = render(true)
    await nextTick()
    await nextTick()
    const dialog = wrapper.get('dialog')
    expect(dialog.element.open).toBe(true)
    expect(dialog.attributes('aria-labelledby')).toBe('session-warning-title')
    expect(dialog.text()).toContain('U wordt bijna uitgelogd')
    expect(dialog.text()).toContain('Nog 1 min 45 sec.')
    expect(document.activeElement?.textContent?.trim()).toBe('Blijf ingelogd')
    await expectNoAxeViolations(dialog.element)
    wrapper.unmount()
  })

  it('Esc means "stay"', async () => {
    const wrapper = render(true)
    await nextTick()
    wrapper.get('dialog').element.dispatchEvent(new Event('cancel', { cancelable: true }))
    expect(wrapper.emitted('stay')).toHaveLength(1)
    wrapper.unmount()
  })

  it('the buttons say what they do', async () => {
    const wrapper = render(true)
    await nextTick()
    const [stay, logout] = wrapper.findAll('button')
    await stay?.trigger('click')
    await logout?.trigger('click')
    expect(wrapper.emitted('stay')).toHaveLength(1)
    expect(wrapper.emitted('logout')).toHaveLength(1)
    wrapper.unmount()
  })

  it('closes when the session no longer needs a warning', async () => {
    const wrapper = render(true)
    await nextTick()
    await wrapper.setProps({ open: false })
    await nextTick()
    expect(wrapper.get('dialog').element.open).toBe(false)
    wrapper.unmount()
  })
})
