import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import ComingSoonView from './ComingSoonView.vue'

it('names the domain of the page, says it is not ready, and leads back', async () => {
  const { global } = await createAppContext({ route: '/machtigingen' })
  const wrapper = mount(ComingSoonView, { global, attachTo: document.body })
  expect(wrapper.get('h1').text()).toBe('Machtigingen')
  expect(wrapper.text()).toContain('Dit onderdeel is nog niet klaar.')
  expect(wrapper.get('a[href="/"]').text()).toBe('Terug naar het overzicht')
  await expectNoAxeViolations(document.body)
})
