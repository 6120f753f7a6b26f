import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, textOf } from '@/test/by-role'
import BsnWaarde from './BsnWaarde.vue'

it('masks the number until the person asks, and hides it again', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(BsnWaarde, { props: { bsn: '999990019' }, global, attachTo: document.body })
  expect(wrapper.text()).not.toContain('9999 90 019')
  expect(textOf(wrapper.element)).toContain('verborgen, eindigt op 0019')
  await expectNoAxeViolations(document.body)

  await getByRole(document.body, 'button', 'Toon burgerservicenummer').click()
  await wrapper.vm.$nextTick()
  expect(wrapper.text()).toContain('9999 90 019')
  getByRole(document.body, 'button', 'Verberg burgerservicenummer').click()
  await wrapper.vm.$nextTick()
  expect(wrapper.text()).not.toContain('9999 90 019')
  await expectNoAxeViolations(document.body)
})
