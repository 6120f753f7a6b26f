import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { achternaamYusuf } from '../mfo.fixtures'
import { mfoOpties } from '../mfo.test-context'
import StapGegeven from './StapGegeven.vue'

it('asks what it should be (saying what it is now) and why, with errors at the fields and right-to-left allowed', async () => {
  const wrapper = mount(
    StapGegeven,
    await mfoOpties({ gegeven: achternaamYusuf, fouten: { 'gewenste-waarde': 'Vul in wat er moet staan.' }, gewensteWaarde: '', toelichting: '' }),
  )
  await flushPromises()
  const gewenst = getByRole(document.body, 'textbox', 'Wat moet er staan bij Achternaam?')
  expect(descriptionOf(gewenst)).toContain('Nu staat er: El Amarni')
  expect(descriptionOf(gewenst)).toContain('Vul in wat er moet staan.')
  expect(gewenst.getAttribute('dir')).toBe('auto')
  expect(getByRole(document.body, 'textbox', 'Leg uit wat er niet klopt').getAttribute('dir')).toBe('auto')
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})
