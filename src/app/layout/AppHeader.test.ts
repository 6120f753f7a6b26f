import { flushPromises, mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { useBerichtenServer } from '../../../mocks/handlers/berichten/test-server'
import { useAuthStore, usePersonStore } from '@/features/auth'
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

it('asks before logging out when something sent offline still waits, and says it will be lost', async () => {
  window.localStorage.setItem('mo:outbox', JSON.stringify([{ id: 'a', status: 'wacht' }]))
  const { global, pinia } = await createAppContext()
  const wrapper = mount(AppHeader, { global, attachTo: document.body })
  // The store exists once the header has set it up.
  const logout = vi.spyOn(useAuthStore(pinia), 'logout').mockResolvedValue()
  getByRole(document.body, 'button', 'Uitloggen').click()
  await vi.waitFor(() => expect(getByRole(document.body, 'dialog', 'Toch uitloggen?')).toBeDefined())
  expect(document.body.textContent).toContain('U heeft 1 verzoek dat nog niet is verstuurd')
  expect(logout).not.toHaveBeenCalled()
  await expectNoAxeViolations(document.body)
  getByRole(document.body, 'button', 'Toch uitloggen').click()
  await flushPromises()
  expect(logout).toHaveBeenCalledWith('zelf')
  wrapper.unmount()
  window.localStorage.clear()
})

it('logs out at once when nothing waits', async () => {
  const { global, pinia } = await createAppContext()
  const wrapper = mount(AppHeader, { global, attachTo: document.body })
  const logout = vi.spyOn(useAuthStore(pinia), 'logout').mockResolvedValue()
  getByRole(document.body, 'button', 'Uitloggen').click()
  await flushPromises()
  expect(logout).toHaveBeenCalledWith('zelf')
  expect(queryAllByRole(document.body, 'dialog')).toEqual([])
  wrapper.unmount()
})
