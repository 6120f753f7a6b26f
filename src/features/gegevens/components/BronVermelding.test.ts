import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import BronVermelding from './BronVermelding.vue'

const rdw = { organisatie: 'RDW', telefoon: '0900 0739', website: 'https://www.rdw.nl', bijgewerktOp: '2026-11-03T09:00:00Z' }

it('says who keeps the data, since when it is this way, and how to reach them', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(BronVermelding, { props: { bron: rdw }, global, attachTo: document.body })
  expect(wrapper.text()).toContain('RDW')
  expect(wrapper.text()).toContain('Bijgewerkt')
  expect(wrapper.text()).toContain('3 november 2026')
  expect(getByRole(document.body, 'link', 'Bel 0900 0739').getAttribute('href')).toBe('tel:09000739')
  expect(getByRole(document.body, 'link', 'Website van de RDW (opent in een nieuw tabblad)').getAttribute('href')).toBe('https://www.rdw.nl')
  await expectNoAxeViolations(document.body)
})

it('offers no phone link for a way of calling that is not a number', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(BronVermelding, { props: { bron: { ...rdw, organisatie: 'Gemeente X', telefoon: '14 + netnummer' }, live: true }, global, attachTo: document.body })
  expect(wrapper.text()).toContain('Bel 14 met daarachter het netnummer van uw gemeente')
  expect(wrapper.text()).toContain('Opgehaald')
  expect(wrapper.find('a[href^="tel:"]').exists()).toBe(false)
  await expectNoAxeViolations(document.body)
})
