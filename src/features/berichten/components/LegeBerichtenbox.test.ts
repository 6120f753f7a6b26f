import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import LegeBerichtenbox from './LegeBerichtenbox.vue'

it('explains the Berichtenbox to someone without post, and leads to the settings', async () => {
  const { global } = await createAppContext({ route: '/berichten', persoon: 'noor' })
  const wrapper = mount(LegeBerichtenbox, { global, attachTo: document.body })
  expect(getByRole(wrapper.element, 'heading', 'U heeft nog geen berichten').id).toBe(wrapper.get('section').attributes('aria-labelledby'))
  expect(getByRole(wrapper.element, 'link', 'Instellingen').getAttribute('href')).toBe('/berichten/instellingen')
  await expectNoAxeViolations(document.body)
})
