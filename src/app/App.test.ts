import { flushPromises, mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { useBerichtenServer } from '../../mocks/handlers/berichten/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import App from './App.vue'

useBerichtenServer()

async function render(route: string, persoon: 'fatima' | null) {
  const { global, router } = await createAppContext({ route, persoon, appRouter: true })
  const wrapper = mount(App, { global, attachTo: document.body })
  await router.isReady()
  await flushPromises()
  return { wrapper, router }
}

it('sends someone who is not logged in to the login page, and back to where they wanted afterwards', async () => {
  const { wrapper, router } = await render('/berichten', null)
  expect(router.currentRoute.value.fullPath).toBe('/inloggen?terug=/berichten')
  expect(getByRole(document.body, 'heading', 'Inloggen')).toBeDefined()
  const [eerste] = document.body.querySelectorAll('a[href], button')
  expect([eerste?.textContent, eerste?.getAttribute('href')]).toEqual(['Direct naar de inhoud', '#inhoud'])
  expect(document.getElementById('inhoud')?.tagName).toBe('MAIN')
  await expectNoAxeViolations(document.body)
  wrapper.unmount()
})

it('shows a logged-in person the overview, with their name and the main navigation', async () => {
  const { wrapper } = await render('/', 'fatima')
  expect(getByRole(document.body, 'heading', 'Overzicht')).toBeDefined()
  await vi.waitFor(() => expect(document.body.textContent).toContain('Ingelogd als Fatima El Amrani'))
  expect(getByRole(document.body, 'navigation', 'Hoofdmenu')).toBeDefined()
  expect(document.title).toContain('Mijn Overheid')
  await expectNoAxeViolations(document.body)
  wrapper.unmount()
})
