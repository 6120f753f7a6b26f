import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useBerichtenServer } from '../../../mocks/handlers/berichten/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, nameOf, queryAllByRole } from '@/test/by-role'
import MainNav from './MainNav.vue'

useBerichtenServer()

it('lists the domains, marks "Berichten" as current on its settings page, and shows the unread count', async () => {
  const { global } = await createAppContext({ route: '/berichten/instellingen' })
  mount(MainNav, { global, attachTo: document.body })
  await flushPromises()
  const nav = getByRole(document.body, 'navigation', 'Hoofdmenu')
  const links = queryAllByRole(nav, 'link')
  expect(links.map((link) => link.getAttribute('href'))).toEqual(expect.arrayContaining(['/', '/berichten', '/gegevens', '/zaken', '/machtigingen']))
  expect(links.filter((link) => link.getAttribute('aria-current') === 'page').map((link) => link.getAttribute('href'))).toEqual(['/berichten'])
  expect(nameOf(getByRole(nav, 'link', /^Berichten/))).toMatch(/^Berichten \(\d+ ongelezen\)$/)
  await expectNoAxeViolations(document.body)
})

it('shows no badge when there is no unread post', async () => {
  const { global } = await createAppContext({ route: '/', persoon: 'noor' })
  mount(MainNav, { global, attachTo: document.body })
  await flushPromises()
  expect(nameOf(getByRole(document.body, 'link', /^Berichten/))).toBe('Berichten')
  expect(getByRole(document.body, 'link', 'Overzicht').getAttribute('aria-current')).toBe('page')
  await expectNoAxeViolations(document.body)
})
