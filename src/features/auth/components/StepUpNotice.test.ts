import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { EIDAS_ACR } from '../assurance-levels'
import StepUpNotice from './StepUpNotice.vue'

it('says which DigiD level is needed and which one the person has, and offers that login', async () => {
  const { global } = await createAppContext({ route: '/berichten/instellingen' })
  mount(StepUpNotice, { props: { minimumAcr: EIDAS_ACR.substantial }, global, attachTo: document.body })
  expect(document.body.textContent).toContain('Hiervoor moet u inloggen met DigiD Substantieel.')
  expect(document.body.textContent).toContain('U bent nu ingelogd met DigiD Midden.')
  expect(queryAllByRole(document.body, 'alert')).toEqual([])
  await expectNoAxeViolations(document.body)
})

it('says so when DigiD cannot be reached for the higher login', async () => {
  // The component-test context has no DigiD: the login fails as when the provider is down.
  const { global } = await createAppContext({ route: '/berichten/instellingen' })
  mount(StepUpNotice, { props: { minimumAcr: EIDAS_ACR.high }, global, attachTo: document.body })
  getByRole(document.body, 'button', 'Inloggen met DigiD Hoog').click()
  await flushPromises()
  expect(getByRole(document.body, 'alert').textContent).toContain('DigiD is nu niet bereikbaar.')
  await expectNoAxeViolations(document.body)
})
