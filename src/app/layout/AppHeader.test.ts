import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useBerichtenServer } from '../../../mocks/handlers/berichten/test-server'
import { usePersonStore } from '@/features/auth'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import AppHeader from './AppHeader.vue'

useBerichtenServer()

it('shows who is logged in, a logout button and the main navigation', async () => {
  const { global, pinia } = await createAppContext()
  mount(AppHeader, { global, attachTo: document.body })
  expect(document.body.textContent).toContain('U bent ingelogd')
  await usePersonStore(pinia).load()
  await flushPromises()
  expect(document.body.textContent).toContain('Ingelogd als Fatima El Amrani')
  expect(getByRole(document.body, 'button', 'Uitloggen')).toBeDefined()
  expect(getByRole(document.body, 'navigation', 'Hoofdmenu')).toBeDefined()
  expect(getByRole(document.body, 'link', 'Mijn Overheid, naar het overzicht').getAttribute('href')).toBe('/')
  await expectNoAxeViolations(document.body)
})

it('offers to log in, and no navigation, to someone who is not logged in', async () => {
  const { global } = await createAppContext({ route: '/privacy', persoon: null })
  mount(AppHeader, { global, attachTo: document.body })
  expect(getByRole(document.body, 'link', 'Inloggen').getAttribute('href')).toBe('/inloggen')
  expect(queryAllByRole(document.body, 'button', 'Uitloggen')).toEqual([])
  expect(queryAllByRole(document.body, 'navigation', 'Hoofdmenu')).toEqual([])
  await expectNoAxeViolations(document.body)
})
