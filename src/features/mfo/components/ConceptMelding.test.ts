import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { achternaamYusuf } from '../mfo.fixtures'
import { mfoOpties } from '../mfo.test-context'
import ConceptMelding from './ConceptMelding.vue'

it('says which unsent request waits on this device, and leads back into it', async () => {
  const wrapper = mount(ConceptMelding, await mfoOpties({ gegeven: achternaamYusuf }))
  await flushPromises()
  expect(wrapper.text()).toContain('U heeft een verzoek dat u nog niet verstuurd heeft: Achternaam van Yusuf El Amarni (uw kind).')
  expect(getByRole(document.body, 'link', 'Ga verder met uw verzoek').getAttribute('href')).toBe('/correctieverzoek/controleren')
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})
