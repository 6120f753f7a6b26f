import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import DigidLogo from './DigidLogo.vue'

it('is decoration only: hidden from screen readers and never a tab stop', async () => {
  const wrapper = mount(DigidLogo, { attachTo: document.body })
  expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
  expect(wrapper.get('svg').attributes('focusable')).toBe('false')
  expect(wrapper.text()).toBe('DigiD')
  await expectNoAxeViolations(document.body)
})
