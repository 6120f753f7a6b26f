import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import RouteAnnouncer from './RouteAnnouncer.vue'

it('is a polite live region, always present, that says the title it is given', async () => {
  const wrapper = mount(RouteAnnouncer, { props: { title: '' }, attachTo: document.body })
  const regio = wrapper.get('[aria-live]')
  expect(regio.attributes('aria-live')).toBe('polite')
  expect(regio.text()).toBe('')
  await wrapper.setProps({ title: 'Pagina niet gevonden' })
  expect(regio.text()).toBe('Pagina niet gevonden')
  await expectNoAxeViolations(document.body)
})
