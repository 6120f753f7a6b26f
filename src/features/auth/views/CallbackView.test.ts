import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import CallbackView from './CallbackView.vue'

it('says the login failed, drops the spent code from the address, and offers to log in again', async () => {
  window.history.replaceState(null, '', '/auth/callback?code=gebruikt&state=oud')
  // The component-test context has no DigiD: finishing the login fails as when the provider is down.
  const { global } = await createAppContext({ route: '/auth/callback?code=gebruikt&state=oud', persoon: null })
  mount(CallbackView, { global, attachTo: document.body })
  expect(getByRole(document.body, 'status').textContent).toContain('U wordt ingelogd')
  await flushPromises()
  expect(getByRole(document.body, 'heading', 'Het inloggen is niet gelukt')).toBeDefined()
  expect(getByRole(document.body, 'alert').textContent).not.toBe('')
  expect(window.location.search).toBe('')
  getByRole(document.body, 'button', 'Opnieuw inloggen').click()
  await flushPromises()
  expect(getByRole(document.body, 'alert').textContent).toContain('DigiD is nu niet bereikbaar.')
  await expectNoAxeViolations(document.body)
})
