import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { lijst, useZakenServer } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import ZaakRij from './ZaakRij.vue'

useZakenServer()

it('links the zaak by its title and says where it stands and that it waits for you', async () => {
  const zaak = (await lijst()).results.find((item) => item.actieNodig)
  if (!zaak) throw new Error('Fatima has a zaak with a task')
  const { global } = await createAppContext()
  const wrapper = mount({ components: { ZaakRij }, template: '<ol><ZaakRij :zaak="zaak" /></ol>', data: () => ({ zaak }) }, { global, attachTo: document.body })
  expect(getByRole(document.body, 'link', zaak.omschrijving).getAttribute('href')).toBe(`/zaken/${zaak.uuid}`)
  expect(wrapper.text()).toContain(zaak.organisatie)
  expect(wrapper.text()).toContain(zaak.huidigeStatus.statustekst)
  expect(wrapper.text()).toContain('Actie nodig')
  expect(wrapper.text()).toContain('Bijgewerkt op')
  await expectNoAxeViolations(document.body)
})
