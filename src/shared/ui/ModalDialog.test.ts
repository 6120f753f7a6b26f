import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { nameOf } from '@/test/by-role'
import ModalDialog from './ModalDialog.vue'

function render(open: boolean) {
  return mount(ModalDialog, {
    props: { open, labelledby: 'titel', describedby: 'tekst' },
    slots: { default: '<h2 id="titel">Weet u het zeker?</h2><p id="tekst">Dit kan niet terug.</p><button type="button">Nee</button>' },
    attachTo: document.body,
  })
}

describe('ModalDialog', () => {
  it('opens as a modal dialog named by its heading, and says when it did', async () => {
    const wrapper = render(true)
    await nextTick()
    const dialog = wrapper.get('dialog').element
    expect(dialog.open).toBe(true)
    expect(nameOf(dialog)).toBe('Weet u het zeker?')
    expect(wrapper.emitted('opened')).toHaveLength(1)
    await expectNoAxeViolations(dialog)
    wrapper.unmount()
  })

  it('leaves Esc to the parent, and closes when told', async () => {
    const wrapper = render(true)
    await nextTick()
    const dialog = wrapper.get('dialog').element
    const esc = new Event('cancel', { cancelable: true })
    dialog.dispatchEvent(esc)
    expect(esc.defaultPrevented).toBe(true)
    expect(wrapper.emitted('cancel')).toHaveLength(1)
    expect(dialog.open).toBe(true)
    await wrapper.setProps({ open: false })
    await nextTick()
    expect(dialog.open).toBe(false)
    // After the browser has given focus back: the parent may move it on from here.
    expect(wrapper.emitted('closed')).toHaveLength(1)
    wrapper.unmount()
  })
})
