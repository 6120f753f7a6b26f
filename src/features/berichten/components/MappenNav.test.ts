import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import MappenNav from './MappenNav.vue'

it('marks the open folder as current and says how many letters are unread', async () => {
  const { global } = await createAppContext({ route: '/berichten?map=archief' })
  const aantallen = { ongelezen: 3, perMap: { postvak: 12, archief: 4, prullenbak: 1 } }
  const wrapper = mount(MappenNav, { props: { actief: 'archief', aantallen }, global, attachTo: document.body })
  expect(wrapper.get('nav').attributes('aria-label')).toBe('Mappen')
  const links = wrapper.findAll('a')
  expect(links.map((link) => link.attributes('href'))).toEqual(['/berichten', '/berichten?map=archief', '/berichten?map=prullenbak'])
  expect(links.map((link) => link.attributes('aria-current') ?? null)).toEqual([null, 'page', null])
  expect(links[0]?.text()).toContain('3 ongelezen')
  await expectNoAxeViolations(document.body)
})

it('shows no badge before the count is known', async () => {
  const { global } = await createAppContext({ route: '/berichten' })
  const wrapper = mount(MappenNav, { props: { actief: 'postvak', aantallen: null }, global, attachTo: document.body })
  expect(wrapper.text()).not.toContain('ongelezen')
  await expectNoAxeViolations(document.body)
})
