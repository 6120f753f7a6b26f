import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import ZaakKenmerken from './ZaakKenmerken.vue'

useZakenServer()

it('says when the expected end date has passed, and the legal one not yet', async () => {
  const zaak = await zaakVan('Bezwaar tegen aanslag')
  const { global } = await createAppContext()
  const wrapper = mount(ZaakKenmerken, { props: { zaak }, global, attachTo: document.body })
  expect(wrapper.text()).toContain(zaak.identificatie)
  expect(wrapper.get('.utrecht-alert--warning').text()).toContain('De organisatie is later klaar dan verwacht.')
  expect(wrapper.text()).not.toContain('De wettelijke termijn is voorbij')
  await expectNoAxeViolations(document.body)
})

it('shows no warning for a zaak on time', async () => {
  const zaak = await zaakVan('Parkeervergunning')
  const { global } = await createAppContext()
  const wrapper = mount(ZaakKenmerken, { props: { zaak }, global, attachTo: document.body })
  expect(wrapper.find('.utrecht-alert').exists()).toBe(false)
  await expectNoAxeViolations(document.body)
})
