import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { h } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import ChoiceFieldset from './ChoiceFieldset.vue'

const options = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee', description: 'Dan bellen wij u.' },
]

it('names each option by its label and hint, sends the error summary to the first, and marks the group invalid', async () => {
  const wrapper = mount(ChoiceFieldset, {
    props: { kind: 'checkbox', id: 'contact', legend: 'Mogen wij u mailen?', error: 'Kies een antwoord.', options },
    slots: {
      input: ({ option, inputId, hintId }: { option: { value: string }; inputId: string; hintId?: string }) =>
        h('input', { id: inputId, type: 'checkbox', value: option.value, 'aria-describedby': hintId }),
    },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
  const group = getByRole(document.body, 'group', 'Mogen wij u mailen?')
  expect(descriptionOf(group)).toContain('Kies een antwoord.')
  expect(queryAllByRole(group, 'checkbox').map((box) => box.id)[0]).toBe('contact')
  expect(descriptionOf(getByRole(group, 'checkbox', 'Nee'))).toBe('Dan bellen wij u.')
  wrapper.vm.focus()
  expect(document.activeElement).toBe(getByRole(group, 'checkbox', 'Ja'))
  await expectNoAxeViolations(document.body)
  wrapper.unmount()
})
