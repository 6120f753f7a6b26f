import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import ZaakTijdlijn from './ZaakTijdlijn.vue'

useZakenServer()

it('lists the steps in order, marks the current one for assistive technology and explains it', async () => {
  const zaak = await zaakVan('Parkeervergunning')
  const { global } = await createAppContext()
  const wrapper = mount(ZaakTijdlijn, { props: { zaak }, global, attachTo: document.body })
  const stappen = wrapper.findAll('li')
  expect(stappen.length).toBe(zaak._expand.zaaktype.statustypen.length)
  const huidige = wrapper.get('[aria-current="step"]')
  expect(huidige.text()).toMatch(/^Nu/)
  expect(huidige.text()).toContain('Sinds')
  expect(stappen[0]?.text()).toMatch(/^Klaar.*Klaar op/)
  expect(stappen.at(-1)?.text()).toMatch(/^Nog niet/)
  await expectNoAxeViolations(document.body)
})
