import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import LoginView from './LoginView.vue'

afterEach(() => vi.restoreAllMocks())

async function render(route = '/inloggen') {
  const { global } = await createAppContext({ route, persoon: null })
  return mount(LoginView, { global, attachTo: document.body })
}

it('says why a person must log in again, and that they come back where they were', async () => {
  await render('/inloggen?reden=sessie-verlopen&terug=%2Fberichten')
  expect(getByRole(document.body, 'heading', 'Inloggen')).toBeDefined()
  expect(document.body.textContent).toContain('Uw sessie is verlopen.')
  expect(document.body.textContent).toContain('Na het inloggen komt u terug op de pagina die u wilde zien.')
  await expectNoAxeViolations(document.body)
})

it('says so when DigiD cannot be reached, in an alert, and lets the person try again', async () => {
  await render()
  const knop = getByRole(document.body, 'button', 'Inloggen met DigiD')
  knop.click()
  await flushPromises()
  expect(getByRole(document.body, 'alert').textContent).toContain('DigiD is nu niet bereikbaar.')
  expect(knop.getAttribute('aria-busy')).toBeNull()
  await expectNoAxeViolations(document.body)
})

it('does not go to DigiD while offline, and says why', async () => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
  await render()
  getByRole(document.body, 'button', 'Inloggen met DigiD').click()
  await flushPromises()
  expect(getByRole(document.body, 'alert').textContent).toContain('U bent offline.')
  await expectNoAxeViolations(document.body)
})
