import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import { emptyDateParts, type DatePart } from './date-parts'
import DateField from './DateField.vue'

function render(props: { error?: string | null; invalidParts?: DatePart[] } = {}) {
  return mount(DateField, {
    props: {
      id: 'geboortedatum',
      legend: 'Wat is uw geboortedatum?',
      description: 'Bijvoorbeeld: 27 3 2007',
      autocomplete: 'bday' as const,
      modelValue: emptyDateParts(),
      ...props,
    },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
}

describe('DateField', () => {
  it('is one group with the question as its name and three numeric boxes', async () => {
    const wrapper = render()
    const group = getByRole(document.body, 'group', 'Wat is uw geboortedatum?')
    expect(descriptionOf(group)).toBe('Bijvoorbeeld: 27 3 2007')
    const boxes = queryAllByRole(group, 'textbox')
    expect(boxes.map((box) => [box.id, box.getAttribute('inputmode'), box.getAttribute('autocomplete')])).toEqual([
      ['geboortedatum', 'numeric', 'bday-day'],
      ['geboortedatum-month', 'numeric', 'bday-month'],
      ['geboortedatum-year', 'numeric', 'bday-year'],
    ])
    expect(getByRole(group, 'textbox', 'Maand').id).toBe('geboortedatum-month')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('reports what is typed in each box', async () => {
    const wrapper = render()
    await wrapper.findAll('input')[1]?.setValue('3')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([{ day: '', month: '3', year: '' }])
    wrapper.unmount()
  })

  it('marks only the wrong box when told which, and all boxes otherwise', async () => {
    const wrapper = render({ error: 'De maand moet een getal zijn van 1 tot en met 12.', invalidParts: ['month'] })
    const group = getByRole(document.body, 'group', 'Wat is uw geboortedatum?')
    expect(descriptionOf(group)).toBe('Bijvoorbeeld: 27 3 2007 Fout: De maand moet een getal zijn van 1 tot en met 12.')
    const invalid = () => queryAllByRole(group, 'textbox').map((box) => box.getAttribute('aria-invalid'))
    expect(invalid()).toEqual([null, 'true', null])
    await expectNoAxeViolations(document.body)
    await wrapper.setProps({ invalidParts: undefined, error: 'Vul een datum in.' })
    expect(invalid()).toEqual(['true', 'true', 'true'])
    wrapper.unmount()
  })
})
