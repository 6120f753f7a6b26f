import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import SelectFilterForm from './SelectFilterForm.vue'

const filters = [
  { name: 'kleur', label: 'Kleur', options: [{ value: '', label: 'Alle kleuren' }, { value: 'rood', label: 'Rood' }], value: '' },
  { name: 'maat', label: 'Maat', options: [{ value: 's', label: 'Klein' }, { value: 'l', label: 'Groot' }], value: 'l' },
]

it('gives every choice by name only when the button is pressed, starting from what is chosen now', async () => {
  const wrapper = mount(SelectFilterForm, { props: { filters, label: 'Filteren', submitLabel: 'Filter toepassen' }, global: { plugins: [createTestI18n()] }, attachTo: document.body })
  const kleur = getByRole(document.body, 'combobox', 'Kleur')
  expect(kleur instanceof HTMLSelectElement && kleur.value).toBe('')
  await wrapper.findAll('select')[0]?.setValue('rood')
  expect(wrapper.emitted('filter')).toBeUndefined()
  getByRole(document.body, 'button', 'Filter toepassen').click()
  expect(wrapper.emitted('filter')?.[0]).toEqual([{ kleur: 'rood', maat: 'l' }])
  await expectNoAxeViolations(document.body)
  wrapper.unmount()
})

it('follows a new choice from outside (Back, a link)', async () => {
  const wrapper = mount(SelectFilterForm, { props: { filters, label: 'Filteren', submitLabel: 'Filter toepassen' }, global: { plugins: [createTestI18n()] }, attachTo: document.body })
  await wrapper.setProps({ filters: [filters[0] && { ...filters[0], value: 'rood' }, filters[1]].filter((filter) => filter !== undefined) })
  const kleur = getByRole(document.body, 'combobox', 'Kleur')
  expect(kleur instanceof HTMLSelectElement && kleur.value).toBe('rood')
  wrapper.unmount()
})
