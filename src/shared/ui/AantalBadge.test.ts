import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { textOf } from '@/test/by-role'
import AantalBadge from './AantalBadge.vue'

it('shows the number, and gives screen readers the whole phrase instead', async () => {
  const wrapper = mount(AantalBadge, { props: { aantal: 7, uitleg: '7 ongelezen' }, attachTo: document.body })
  expect(wrapper.text()).toContain('7')
  expect(textOf(wrapper.element).trim()).toBe('(7 ongelezen)')
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})
