import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import ZakenFilterForm from './ZakenFilterForm.vue'

it('filters by organisation and state only when the person presses the button, from page 1', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(ZakenFilterForm, { props: { vraag: { organisatie: '', status: '', pagina: 2 }, organisaties: ['UWV', 'DUO'] }, global, attachTo: document.body })
  expect([...getByRole(document.body, 'combobox', 'Organisatie').querySelectorAll('option')].map((optie) => optie.textContent)).toEqual(['Alle organisaties', 'DUO', 'UWV'])
  await wrapper.findAll('select')[0]?.setValue('UWV')
  await wrapper.findAll('select')[1]?.setValue('open')
  expect(wrapper.emitted('filter')).toBeUndefined()
  await wrapper.get('form').trigger('submit')
  expect(wrapper.emitted('filter')?.[0]).toEqual([{ organisatie: 'UWV', status: 'open', pagina: 1 }])
  await expectNoAxeViolations(document.body)
})
