import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useTestServer } from '../../../../mocks/handlers/test-server'
import { backend } from '../../../../mocks/state/backend'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import MachtigingenKaartStatus from './MachtigingenKaartStatus.vue'

useTestServer()

it('tells Pieter at his next login that a machtiging waits for his answer, and for whom he can act', async () => {
  backend.machtigingen.geef('999990044', { gemachtigde: { burgerservicenummer: '999990020' }, diensten: [{ dienst: 'zaken' }], geldigTot: '2099-01-01' })
  const { global } = await createAppContext({ persoon: 'pieter' })
  const wrapper = mount(MachtigingenKaartStatus, { global, attachTo: document.body })
  expect(wrapper.text()).toBe('')
  await flushPromises()
  expect(wrapper.text()).toContain('Er wacht 1 machtiging op uw antwoord.')
  expect(wrapper.text()).toContain('U kunt zaken regelen voor 1 persoon.')
  await expectNoAxeViolations(document.body)
})

it('says nothing to someone without machtigingen', async () => {
  const { global } = await createAppContext({ persoon: 'noor' })
  const wrapper = mount(MachtigingenKaartStatus, { global, attachTo: document.body })
  await flushPromises()
  expect(wrapper.text()).toBe('')
})
