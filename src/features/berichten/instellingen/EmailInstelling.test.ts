import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createHttpClient } from '@/shared/http'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { instellingenApi } from './instellingen.api'
import { instellingenMessages } from './instellingen.messages'
import EmailInstelling from './EmailInstelling.vue'
import { testProof } from '@/test/dpop'

useBerichtenServer()
const api = instellingenApi(createHttpClient({ baseUrl: `${window.location.origin}/api`, getAccessToken: async () => 'fatimaSubstantieel', proveKey: testProof }))

it('says there is no address yet; after sending a code it says where to, and moves on to the code', async () => {
  const { global } = await createAppContext({ route: '/berichten/instellingen', persoon: 'fatimaSubstantieel', messages: [instellingenMessages] })
  mount(EmailInstelling, { props: { instellingen: await api.haal() }, global, attachTo: document.body })
  expect(getByRole(document.body, 'heading', 'E-mail bij nieuwe post')).toBeDefined()
  expect(document.body.textContent).toContain('U heeft nog geen e-mailadres opgegeven.')
  expect(queryAllByRole(document.body, 'textbox', 'Verificatiecode')).toEqual([])
  await expectNoAxeViolations(document.body)

  await new DOMWrapper(getByRole(document.body, 'textbox', 'E-mailadres')).setValue('fatima@example.nl')
  getByRole(document.body, 'button', 'Code versturen').click()
  await flushPromises()
  await nextTick()
  expect(document.body.textContent).toContain('We hebben een code gestuurd naar fatima@example.nl.')
  expect(document.activeElement).toBe(getByRole(document.body, 'textbox', 'Verificatiecode'))
  await expectNoAxeViolations(document.body)
})

it('logged in with DigiD Midden: the address shows, and changing it starts with a step-up to Substantieel', async () => {
  const { global } = await createAppContext({ route: '/berichten/instellingen', persoon: 'fatima', messages: [instellingenMessages] })
  mount(EmailInstelling, { props: { instellingen: await api.haal() }, global, attachTo: document.body })
  await flushPromises()
  await vi.waitFor(() => expect(queryAllByRole(document.body, 'button', 'Inloggen met DigiD Substantieel')).toHaveLength(1))
  expect(document.body.textContent).toContain('Hiervoor moet u inloggen met DigiD Substantieel.')
  expect(document.body.textContent).toContain('U bent nu ingelogd met DigiD Midden.')
  expect(queryAllByRole(document.body, 'textbox', 'E-mailadres')).toEqual([])
  await expectNoAxeViolations(document.body)
})
