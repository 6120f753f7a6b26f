import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import LogoutConfirm from './LogoutConfirm.vue'

it('says how many requests would be lost, and offers to stay', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(LogoutConfirm, { props: { open: true, aantal: 2 }, global, attachTo: document.body })
  const dialoog = getByRole(document.body, 'dialog', 'Toch uitloggen?')
  expect(dialoog.textContent).toContain('U heeft 2 verzoeken die nog niet zijn verstuurd')
  getByRole(dialoog, 'button', 'Niet uitloggen').click()
  expect(wrapper.emitted('cancel')).toHaveLength(1)
  await expectNoAxeViolations(document.body)
  wrapper.unmount()
})
