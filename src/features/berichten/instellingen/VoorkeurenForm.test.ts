import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createHttpClient } from '@/shared/http'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { instellingenApi } from './instellingen.api'
import { instellingenMessages } from './instellingen.messages'
import VoorkeurenForm from './VoorkeurenForm.vue'
import { testProof } from '@/test/dpop'

useBerichtenServer()
// What the server holds, asked as Fatima: the test checks there, not in the component.
const api = instellingenApi(createHttpClient({ baseUrl: `${window.location.origin}/api`, getAccessToken: async () => 'fatima', proveKey: testProof }))

it('saves the reminder and the organisations together, and says so', async () => {
  const instellingen = await api.haal()
  expect(instellingen.herinneringOngelezen).toBe(true)
  const { global } = await createAppContext({ route: '/berichten/instellingen', messages: [instellingenMessages] })
  const wrapper = mount(VoorkeurenForm, { props: { instellingen }, global, attachTo: document.body })
  getByRole(document.body, 'checkbox', 'Stuur mij een herinnering als ik post niet heb gelezen').click()
  getByRole(document.body, 'checkbox', 'Belastingdienst').click()
  expect((await api.haal()).herinneringOngelezen).toBe(true)

  getByRole(document.body, 'button', 'Instellingen opslaan').click()
  await flushPromises()
  const opgeslagen = await api.haal()
  expect(opgeslagen.herinneringOngelezen).toBe(false)
  expect(opgeslagen.organisaties.find((organisatie) => organisatie.afzender === 'Belastingdienst')?.digitaal).toBe(false)
  expect(getByRole(document.body, 'status').textContent).toContain('Uw instellingen zijn opgeslagen.')
  expect(wrapper.emitted('bijgewerkt')).toHaveLength(1)
  await expectNoAxeViolations(document.body)
})
