import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import CheckboxField from './CheckboxField.vue'

function render(props: { error?: string | null; describedBy?: string } = {}) {
  return mount(CheckboxField, {
    props: { id: 'herinnering', label: 'Stuur mij een herinnering', description: 'Na 7 dagen.', modelValue: false, ...props },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
}

describe('CheckboxField', () => {
  it('is a labelled checkbox that reports its new state', async () => {
    const wrapper = render()
    const box = getByRole(document.body, 'checkbox', 'Stuur mij een herinnering')
    expect(box.id).toBe('herinnering')
    expect(descriptionOf(box)).toBe('Na 7 dagen.')
    await wrapper.get('input').setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([true])
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('can be described by text outside it too, and shows an error', async () => {
    const uitleg = document.createElement('p')
    uitleg.id = 'uitleg'
    uitleg.textContent = 'U krijgt een e-mail.'
    document.body.append(uitleg)
    const wrapper = render({ describedBy: 'uitleg', error: 'Vink dit aan om door te gaan.' })
    const box = getByRole(document.body, 'checkbox', 'Stuur mij een herinnering')
    expect(box.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(box)).toBe('U krijgt een e-mail. Na 7 dagen. Fout: Vink dit aan om door te gaan.')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })
})
