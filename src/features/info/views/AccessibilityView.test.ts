import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import AccessibilityView from './AccessibilityView.vue'

it('states the standard it meets and leads to the contact page', async () => {
  const { global } = await createAppContext({ route: '/toegankelijkheid', persoon: null })
  const wrapper = mount(AccessibilityView, { global, attachTo: document.body })
  expect(wrapper.get('h1').text()).toBe('Toegankelijkheidsverklaring')
  expect(wrapper.text()).toContain('WCAG')
  expect(wrapper.get('a[href="/contact"]').text()).toBe('Naar de contactpagina')
  await expectNoAxeViolations(document.body)
})
