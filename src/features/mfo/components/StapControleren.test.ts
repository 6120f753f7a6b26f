import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { ingevuldConcept } from '../mfo.fixtures'
import { mfoOpties } from '../mfo.test-context'
import StapControleren from './StapControleren.vue'

it('shows every answer with a change link to its step, and none while the request waits to be sent', async () => {
  const concept = ingevuldConcept({ bijlagen: [{ id: 'b1', bestandsnaam: 'akte.png', formaat: 'image/png', bestandsomvang: 1200 }] })
  const wrapper = mount(StapControleren, await mfoOpties({ concept, wijzigbaar: true }))
  await flushPromises()
  for (const tekst of ['El Amrani', 'Ja, op 2 november 2026', 'akte.png', 'fatima@example.nl', 'U vraagt of het kan wachten.']) expect(wrapper.text()).toContain(tekst)
  expect(getByRole(document.body, 'link', 'Wijzigen bewijs').getAttribute('href')).toBe('/correctieverzoek/bewijs')
  await expectNoAxeViolations(wrapper.element)
  await wrapper.setProps({ wijzigbaar: false })
  expect(queryAllByRole(document.body, 'link', /^Wijzigen/)).toEqual([])
  wrapper.unmount()
})
