import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { emptyDateParts } from '@/shared/ui/form/date-parts'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { mfoOpties } from '../mfo.test-context'
import StapContact from './StapContact.vue'

const props = (gehad: 'ja' | 'nee' | null) => ({ bronhouder: 'Gemeente Utrecht', fouten: {}, gehad, datum: emptyDateParts(), antwoord: '' })

it('asks about contact with the organisation; only "Ja" asks when and what they said', async () => {
  const nog = mount(StapContact, await mfoOpties(props(null)))
  await flushPromises()
  expect(getByRole(document.body, 'group', 'Had u al contact met Gemeente Utrecht over deze fout?')).toBeDefined()
  expect(queryAllByRole(document.body, 'group', /^Wanneer had u contact/)).toEqual([])
  await expectNoAxeViolations(nog.element)
  nog.unmount()

  const ja = mount(StapContact, await mfoOpties(props('ja')))
  await flushPromises()
  expect(getByRole(document.body, 'group', /^Wanneer had u contact/)).toBeDefined()
  expect(getByRole(document.body, 'textbox', 'Wat zei Gemeente Utrecht?')).toBeDefined()
  await expectNoAxeViolations(ja.element)
  ja.unmount()
})
