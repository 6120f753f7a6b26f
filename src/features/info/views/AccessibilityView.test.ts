import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import AccessibilityView from './AccessibilityView.vue'

it('states its status honestly, what the tests show, what people must still test and the known problems', async () => {
  const { global } = await createAppContext({ route: '/toegankelijkheid', persoon: null })
  const wrapper = mount(AccessibilityView, { global, attachTo: document.body })
  expect(wrapper.get('h1').text()).toBe('Toegankelijkheidsverklaring')
  expect(wrapper.findAll('h2').map((kop) => kop.text())).toEqual([
    'Status: eerste maatregelen genomen',
    'Wat onze tests laten zien',
    'Wat nog door mensen getest moet worden',
    'Bekende problemen en wanneer wij ze oplossen',
    'Loopt u ergens tegenaan?',
    'Bent u niet tevreden met ons antwoord?',
  ])
  expect(wrapper.text()).toContain('WCAG) 2.1 op niveau AA')
  expect(wrapper.text()).toContain('NVDA (Windows), VoiceOver (Mac en iPhone) en TalkBack (Android)')
  expect(wrapper.get('a[href="/contact"]').text()).toBe('Naar de contactpagina')
  expect(wrapper.get('a[href^="https://www.nationaleombudsman.nl"]').text()).toContain('Nationale ombudsman')
  await expectNoAxeViolations(document.body)
})
