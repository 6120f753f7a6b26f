import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import AppFooter from './AppFooter.vue'

it('is a footer with a named navigation to the public pages', async () => {
  const { global } = await createAppContext({ persoon: null })
  const wrapper = mount(AppFooter, { global, attachTo: document.body })
  expect(wrapper.get('footer nav').attributes('aria-label')).toBe('Over deze website')
  const links = wrapper.findAll('nav a').map((link) => [link.text(), link.attributes('href')])
  expect(links).toEqual([
    ['Toegankelijkheid', '/toegankelijkheid'],
    ['Privacy', '/privacy'],
    ['Contact', '/contact'],
  ])
  await expectNoAxeViolations(wrapper.element)
})
