import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import SelectField from './SelectField.vue'

const options = [
  { value: '', label: 'Alle organisaties' },
  { value: 'UWV', label: 'UWV' },
  { value: 'DUO', label: 'DUO' },
]

function render(props: { error?: string | null } = {}) {
  return mount(SelectField, {
    props: { id: 'organisatie', label: 'Organisatie', description: 'Van wie is het bericht?', modelValue: 'UWV', options, ...props },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
}

describe('SelectField', () => {
  it('is a labelled list with the chosen value selected', async () => {
    const wrapper = render()
    const select = getByRole(document.body, 'combobox', 'Organisatie')
    expect(select.id).toBe('organisatie')
    expect(wrapper.get('select').element.value).toBe('UWV')
    expect([...wrapper.get('select').element.options].map((option) => option.text)).toEqual(['Alle organisaties', 'UWV', 'DUO'])
    expect(descriptionOf(select)).toBe('Van wie is het bericht?')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('reports a new choice, and shows an error', async () => {
    const wrapper = render({ error: 'Kies een organisatie.' })
    await wrapper.get('select').setValue('DUO')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['DUO'])
    const select = getByRole(document.body, 'combobox', 'Organisatie')
    expect(select.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(select)).toBe('Van wie is het bericht? Fout: Kies een organisatie.')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })
})
