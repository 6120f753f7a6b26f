import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import NotFoundView from './NotFoundView.vue'

it('says the page does not exist and offers the way to the overview', async () => {
  const { global } = await createAppContext({ route: '/bestaat-niet', persoon: null })
  const wrapper = mount(NotFoundView, { global, attachTo: document.body })
  expect(wrapper.get('h1').text()).toBe('Pagina niet gevonden')
  expect(wrapper.get('a[href="/"]').text()).toBe('Ga naar het overzicht')
  await expectNoAxeViolations(document.body)
})
