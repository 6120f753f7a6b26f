import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import TextField from './TextField.vue'

function render(props: { error?: string | null; description?: string; id?: string } = {}) {
  return mount(TextField, {
    props: { label: 'E-mailadres', modelValue: '', ...props },
    attrs: { type: 'email', autocomplete: 'email' },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
}

describe('TextField', () => {
  it('is a labelled text box; its hint is its description', async () => {
    const wrapper = render({ description: 'We sturen u hier een code naartoe.' })
    const box = getByRole(document.body, 'textbox', 'E-mailadres')
    expect(box.getAttribute('type')).toBe('email')
    expect(box.getAttribute('autocomplete')).toBe('email')
    expect(box.hasAttribute('aria-invalid')).toBe(false)
    expect(descriptionOf(box)).toBe('We sturen u hier een code naartoe.')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('with an error: marked invalid, the error read after the hint, and the id the error summary links to', async () => {
    const wrapper = render({ id: 'email', description: 'Uw adres.', error: 'Vul uw e-mailadres in.' })
    const box = getByRole(document.body, 'textbox', 'E-mailadres')
    expect(box.id).toBe('email')
    expect(box.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(box)).toBe('Uw adres. Fout: Vul uw e-mailadres in.')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('two fields without an id still get their own ids', () => {
    const TwoFields = defineComponent({
      components: { TextField },
      template: '<TextField label="Voornaam" model-value="" /><TextField label="Achternaam" model-value="" />',
    })
    const wrapper = mount(TwoFields, { global: { plugins: [createTestI18n()] }, attachTo: document.body })
    const first = getByRole(document.body, 'textbox', 'Voornaam')
    const second = getByRole(document.body, 'textbox', 'Achternaam')
    expect(first.id).not.toBe(second.id)
    wrapper.unmount()
  })

  it('v-model: what the person types reaches the form', async () => {
    const wrapper = render()
    await wrapper.get('input').setValue('fatima@voorbeeld.nl')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['fatima@voorbeeld.nl'])
    wrapper.unmount()
  })
})
