import { DOMWrapper, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { standaardZoekvraag } from '../berichten-zoekvraag'
import ZoekFilterForm from './ZoekFilterForm.vue'

async function render() {
  const { global } = await createAppContext({ route: '/berichten' })
  const wrapper = mount(ZoekFilterForm, {
    props: { vraag: standaardZoekvraag, afzenders: ['Belastingdienst', 'DUO'] },
    global,
    attachTo: document.body,
  })
  const zoekveld = getByRole(wrapper.element, 'searchbox', 'Zoeken in berichten')
  return { wrapper, zoekveld, typ: (tekst: string) => new DOMWrapper(zoekveld).setValue(tekst) }
}

it('is a search landmark that searches on submit, from the first page', async () => {
  const { wrapper, typ } = await render()
  expect(getByRole(document.body, 'search')).toBe(wrapper.element)
  await typ('  aanslag ')
  await new DOMWrapper(getByRole(wrapper.element, 'combobox', 'Organisatie')).setValue('DUO')
  await wrapper.get('form').trigger('submit')
  expect(wrapper.emitted('zoek')).toEqual([[{ ...standaardZoekvraag, zoek: 'aanslag', afzender: 'DUO', pagina: 0 }]])
  await expectNoAxeViolations(document.body)
})

it('refuses a search of one character, says why with the field, and keeps focus there', async () => {
  const { wrapper, zoekveld, typ } = await render()
  await typ('a')
  await wrapper.get('form').trigger('submit')
  expect(wrapper.emitted('zoek')).toBeUndefined()
  expect(zoekveld.getAttribute('aria-invalid')).toBe('true')
  expect(descriptionOf(zoekveld)).toContain('Typ minstens 2 tekens')
  expect(document.activeElement).toBe(zoekveld)
  await expectNoAxeViolations(document.body)
})
