import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, nameOf } from '@/test/by-role'
import ConfirmDialog from './ConfirmDialog.vue'

const props = {
  title: 'Bericht definitief verwijderen?',
  text: 'U kunt het bericht daarna niet meer terugkrijgen.',
  confirm: 'Ja, definitief verwijderen',
  cancel: 'Nee, bewaren',
}

async function render(open = true) {
  const wrapper = mount(ConfirmDialog, { props: { open, ...props }, attachTo: document.body })
  await nextTick()
  await nextTick()
  return wrapper
}

describe('ConfirmDialog', () => {
  it('opens as a modal dialog named by its question, with focus on the safe choice', async () => {
    const wrapper = await render()
    const dialog = wrapper.get('dialog').element
    expect(dialog.open).toBe(true)
    expect(nameOf(dialog)).toBe('Bericht definitief verwijderen?')
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe(props.text)
    expect(document.activeElement).toBe(getByRole(dialog, 'button', 'Nee, bewaren'))
    await expectNoAxeViolations(dialog)
    wrapper.unmount()
  })

  it('Esc and "No" cancel; "Yes" confirms', async () => {
    const wrapper = await render()
    const dialog = wrapper.get('dialog').element
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }))
    getByRole(dialog, 'button', 'Nee, bewaren').click()
    expect(wrapper.emitted('cancel')).toHaveLength(2)
    getByRole(dialog, 'button', 'Ja, definitief verwijderen').click()
    expect(wrapper.emitted('confirm')).toHaveLength(1)
    wrapper.unmount()
  })

  it('two dialogs on one page do not share ids', () => {
    const Two = defineComponent({
      components: { ConfirmDialog },
      setup: () => ({ props }),
      template: '<ConfirmDialog :open="false" v-bind="props" /><ConfirmDialog :open="false" v-bind="props" title="Ander" />',
    })
    const wrapper = mount(Two, { attachTo: document.body })
    const [first, second] = wrapper.findAll('dialog').map((dialog) => dialog.attributes('aria-labelledby'))
    expect(first).toBeTruthy()
    expect(first).not.toBe(second)
    wrapper.unmount()
  })
})
