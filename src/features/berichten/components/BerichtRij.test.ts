import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { datumOver, testBericht } from '../berichten.fixtures'
import BerichtRij from './BerichtRij.vue'

/** A row lives in the inbox list: mount it into one (test-utils mounts into a div of its own: take the row out of it). */
async function render(wijziging: Parameters<typeof testBericht>[0]) {
  const { global } = await createAppContext()
  const lijst = document.body.appendChild(document.createElement('ol'))
  const wrapper = mount(BerichtRij, { props: { bericht: testBericht(wijziging) }, global, attachTo: lijst })
  const houder = wrapper.element.parentElement
  lijst.append(wrapper.element)
  houder?.remove()
  return { wrapper, lijst }
}

it('links the subject to the letter and names sender and date', async () => {
  const { wrapper, lijst } = await render({ status: 'gelezen' })
  expect(getByRole(lijst, 'link', 'Voorlopige aanslag inkomstenbelasting 2026').getAttribute('href')).toBe('/berichten/b-aanslag-2026')
  expect(wrapper.text()).toContain('Belastingdienst')
  expect(wrapper.text()).toContain('2 maart 2026')
  expect(wrapper.text()).not.toContain('Ongelezen')
  await expectNoAxeViolations(lijst)
})

it('says in words that a letter is unread, that it needs action and that it will soon be gone', async () => {
  const { wrapper, lijst } = await render({
    status: 'ongelezen',
    actie: { omschrijving: 'Stuur uw gegevens op', deadline: datumOver(10) },
    bewaartermijn: datumOver(5),
  })
  expect(wrapper.text()).toContain('Ongelezen')
  expect(wrapper.text()).toContain('Stuur uw gegevens op')
  expect(wrapper.text()).toContain('Wordt bewaard tot')
  await expectNoAxeViolations(lijst)
})
