import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useBerichtenServer } from '../../../mocks/handlers/berichten/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, nameOf, queryAllByRole } from '@/test/by-role'
import { useNamensStore } from '@/shared/namens/namens.store'
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

it('shows someone acting for another only what the machtiging covers, and nothing of it before that is known', async () => {
  const { global, pinia } = await createAppContext({ route: '/', persoon: 'pieterVoorAnna' })
  const namens = useNamensStore(pinia)
  namens.begin('999990032')
  mount(MainNav, { global, attachTo: document.body })
  await flushPromises()
  const hrefs = () => queryAllByRole(document.body, 'link').map((link) => link.getAttribute('href'))
  expect(hrefs()).toEqual(['/'])
  namens.vul({ naam: 'Anna de Vries-Bakker', soort: 'machtiging', status: 'actief', diensten: [{ dienst: 'berichten', organisaties: ['SVB'] }, { dienst: 'zaken' }] })
  await flushPromises()
  expect(hrefs()).toEqual(['/', '/berichten', '/zaken'])
  await expectNoAxeViolations(document.body)
})
