import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { achternaamYusuf } from '../mfo.fixtures'
import { mfoOpties } from '../mfo.test-context'
import GegevenSamenvatting from './GegevenSamenvatting.vue'

it('names the registration, whose value, the item, what it says now and who keeps it; an error shows inside', async () => {
  const wrapper = mount(GegevenSamenvatting, await mfoOpties({ gegeven: achternaamYusuf, error: 'Dit gegeven is intussen veranderd.' }))
  await flushPromises()
  const regio = getByRole(document.body, 'region', 'Uw verzoek gaat over')
  for (const tekst of ['Basisregistratie Personen (BRP)', 'Yusuf El Amarni (uw kind)', 'Achternaam', 'El Amarni', 'Gemeente Utrecht', 'Dit gegeven is intussen veranderd.']) {
    expect(regio.textContent).toContain(tekst)
  }
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})
