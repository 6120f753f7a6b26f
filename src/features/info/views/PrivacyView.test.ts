import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import PrivacyView from './PrivacyView.vue'

it('explains, under its own headings, what happens with personal data', async () => {
  const { global } = await createAppContext({ route: '/privacy', persoon: null })
  const wrapper = mount(PrivacyView, { global, attachTo: document.body })
  expect(wrapper.get('h1').text()).toBe('Privacy')
  expect(wrapper.findAll('h2').map((kop) => kop.text())).toContain('Geen cookies om u te volgen')
  await expectNoAxeViolations(document.body)
})
