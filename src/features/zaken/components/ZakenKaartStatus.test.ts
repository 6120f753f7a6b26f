import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useZakenServer } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import ZakenKaartStatus from './ZakenKaartStatus.vue'

useZakenServer()

it('says how many zaken are open and how many tasks wait, once known', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(ZakenKaartStatus, { global, attachTo: document.body })
  expect(wrapper.text()).toBe('')
  await flushPromises()
  expect(wrapper.text()).toMatch(/U heeft \d+ lopende zaken\./)
  expect(wrapper.text()).toMatch(/Er wachten \d+ taken op u\./)
  await expectNoAxeViolations(document.body)
})
