import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import ContactView from './ContactView.vue'

it('says how to reach us, and warns that this is a demonstration', async () => {
  const { global } = await createAppContext({ route: '/contact', persoon: null })
  const wrapper = mount(ContactView, { global, attachTo: document.body })
  expect(wrapper.get('h1').text()).toBe('Contact')
  expect(wrapper.findAll('h2').map((kop) => kop.text())).toEqual(['Bellen', 'Vragen over DigiD', 'Vragen over een brief of zaak'])
  expect(wrapper.text()).toContain('1400')
  await expectNoAxeViolations(document.body)
})
