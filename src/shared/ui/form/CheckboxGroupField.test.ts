import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import CheckboxGroupField from './CheckboxGroupField.vue'

const options = [
  { value: 'UWV', label: 'UWV' },
  { value: 'DUO', label: 'DUO', description: 'Studiefinanciering' },
  { value: 'RDW', label: 'RDW' },
]

function render(props: { error?: string | null; modelValue?: string[] } = {}) {
  return mount(CheckboxGroupField, {
    props: { id: 'organisaties', legend: 'Welke organisaties?', modelValue: ['DUO'], options, ...props },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
}

describe('CheckboxGroupField', () => {
  it('is a group named by its question; the chosen values are checked', async () => {
    const wrapper = render()
    const group = getByRole(document.body, 'group', 'Welke organisaties?')
    const boxes = queryAllByRole(group, 'checkbox')
    expect(boxes.map((box) => box.id)[0]).toBe('organisaties')
    expect(wrapper.findAll('input').map((input) => input.element.checked)).toEqual([false, true, false])
    expect(descriptionOf(getByRole(group, 'checkbox', 'DUO'))).toBe('Studiefinanciering')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('reports the new list of choices', async () => {
    const wrapper = render()
    await wrapper.findAll('input')[2]?.setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([['DUO', 'RDW']])
    wrapper.unmount()
  })

  it('with an error: the group says so, and every box is marked invalid', async () => {
    const wrapper = render({ error: 'Kies ten minste één organisatie.', modelValue: [] })
    const group = getByRole(document.body, 'group', 'Welke organisaties?')
    expect(descriptionOf(group)).toBe('Fout: Kies ten minste één organisatie.')
    expect(queryAllByRole(group, 'checkbox').every((box) => box.getAttribute('aria-invalid') === 'true')).toBe(true)
    expect(queryAllByRole(group, 'checkbox')).toHaveLength(3)
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })
})
