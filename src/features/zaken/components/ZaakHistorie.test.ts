import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import ZaakHistorie from './ZaakHistorie.vue'

useZakenServer()

it('shows the history newest first: the question and the organisation’s answer among the steps', async () => {
  const zaak = await zaakVan('Bezwaar tegen aanslag')
  const { global } = await createAppContext()
  const wrapper = mount(ZaakHistorie, { props: { zaak }, global, attachTo: document.body })
  const soorten = wrapper.findAll('li h3').map((kop) => kop.text())
  expect(soorten).toContain('Uw vraag')
  expect(soorten).toContain('Antwoord van de organisatie')
  expect(soorten).toContain('Nieuwe stap')
  expect(wrapper.text()).toContain('Wanneer hoor ik iets over mijn bezwaar?')
  await expectNoAxeViolations(document.body)
})
