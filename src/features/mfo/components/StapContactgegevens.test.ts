import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { mfoOpties } from '../mfo.test-context'
import StapContactgegevens from './StapContactgegevens.vue'

it('asks for the address or number that belongs to the chosen way, and nothing for post', async () => {
  const email = mount(StapContactgegevens, await mfoOpties({ fouten: {}, kanaal: 'email', email: '', telefoonnummer: '' }))
  await flushPromises()
  expect(getByRole(document.body, 'textbox', 'Uw e-mailadres').getAttribute('type')).toBe('email')
  expect(queryAllByRole(document.body, 'textbox', 'Uw telefoonnummer')).toEqual([])
  await expectNoAxeViolations(email.element)
  email.unmount()
  const post = mount(StapContactgegevens, await mfoOpties({ fouten: {}, kanaal: 'post', email: '', telefoonnummer: '' }))
  await flushPromises()
  expect(queryAllByRole(document.body, 'textbox')).toEqual([])
  expect(post.text()).toContain('stuurt een brief naar het adres waar u staat ingeschreven')
  post.unmount()
})
