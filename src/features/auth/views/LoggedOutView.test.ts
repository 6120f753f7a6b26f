import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { LOCALE_STORAGE_KEY } from '@/shared/i18n'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import LoggedOutView from './LoggedOutView.vue'

it('says why the person was logged out, and leaves nothing but the language on the device', async () => {
  const { global } = await createAppContext({ route: '/uitgelogd', persoon: null })
  window.sessionStorage.setItem('mo:uitlogreden', 'inactief')
  // OIDC state the round trip to DigiD may leave behind.
  window.sessionStorage.setItem('mo.oidc.x', '{}')
  window.localStorage.setItem(LOCALE_STORAGE_KEY, 'nl')
  mount(LoggedOutView, { global, attachTo: document.body })
  await flushPromises()
  expect(getByRole(document.body, 'heading', 'U bent uitgelogd')).toBeDefined()
  expect(document.body.textContent).toContain('omdat u 15 minuten niets heeft gedaan')
  expect(getByRole(document.body, 'link', 'Opnieuw inloggen').getAttribute('href')).toBe('/inloggen')
  expect(window.sessionStorage.length).toBe(0)
  expect([window.localStorage.length, window.localStorage.getItem(LOCALE_STORAGE_KEY)]).toEqual([1, 'nl'])
  await expectNoAxeViolations(document.body)
})

it('shows no reason after logging out oneself', async () => {
  const { global } = await createAppContext({ route: '/uitgelogd', persoon: null })
  window.sessionStorage.setItem('mo:uitlogreden', 'zelf')
  mount(LoggedOutView, { global, attachTo: document.body })
  await flushPromises()
  expect(document.querySelector('.utrecht-alert')).toBeNull()
  await expectNoAxeViolations(document.body)
})
