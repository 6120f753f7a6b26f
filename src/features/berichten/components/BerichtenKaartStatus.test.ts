import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createAppContext, type TestPersoon } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { useBerichtenAantallenStore } from '../berichten.store'
import BerichtenKaartStatus from './BerichtenKaartStatus.vue'

useBerichtenServer()

async function render(persoon: TestPersoon) {
  const { global, pinia } = await createAppContext({ persoon })
  const wrapper = mount(BerichtenKaartStatus, { global, attachTo: document.body })
  return { wrapper, ververs: () => useBerichtenAantallenStore(pinia).ververs().then(flushPromises) }
}

it('says nothing until the count is known, then how many letters are unread', async () => {
  const { wrapper, ververs } = await render('fatima')
  expect(wrapper.text()).toBe('')
  await ververs()
  expect(wrapper.text()).toMatch(/^U heeft \d+ ongelezen berichten\.$/)
  await expectNoAxeViolations(document.body)
})

it('says so plainly when nothing is unread', async () => {
  const { wrapper, ververs } = await render('noor')
  await ververs()
  expect(wrapper.text()).toBe('U heeft geen ongelezen berichten.')
  await expectNoAxeViolations(document.body)
})
