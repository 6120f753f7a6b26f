import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import GebruikFilterForm from './GebruikFilterForm.vue'

it('filters by organisation and period only when the person presses the button, from page 1', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(GebruikFilterForm, {
    props: { vraag: { organisatie: '', periode: 'alles', pagina: 3 }, organisaties: ['UWV', 'Belastingdienst'] },
    global,
    attachTo: document.body,
  })
  const organisatie = getByRole(document.body, 'combobox', 'Organisatie')
  expect([...organisatie.querySelectorAll('option')].map((optie) => optie.textContent)).toEqual(['Alle organisaties', 'Belastingdienst', 'UWV'])
  await wrapper.get('select').setValue('UWV')
  await wrapper.findAll('select')[1]?.setValue('jaar')
  expect(wrapper.emitted('filter')).toBeUndefined()
  await wrapper.get('form').trigger('submit')
  expect(wrapper.emitted('filter')?.[0]).toEqual([{ organisatie: 'UWV', periode: 'jaar', pagina: 1 }])
  await expectNoAxeViolations(document.body)
})

it('keeps an organisation from a link as a choice before the log has loaded', async () => {
  const { global } = await createAppContext()
  mount(GebruikFilterForm, { props: { vraag: { organisatie: 'Spaarbank Voorbeeld', periode: 'alles', pagina: 1 }, organisaties: [] }, global, attachTo: document.body })
  const organisatie = getByRole(document.body, 'combobox', 'Organisatie')
  expect(organisatie instanceof HTMLSelectElement && organisatie.value).toBe('Spaarbank Voorbeeld')
  await expectNoAxeViolations(document.body)
})
