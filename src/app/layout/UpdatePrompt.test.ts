import { mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { registerServiceWorker } from '../pwa/register-service-worker'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import UpdatePrompt from './UpdatePrompt.vue'

// happy-dom has no service worker: stand in for the registration (e2e runs the real one).
vi.mock('../pwa/register-service-worker', async () => {
  const { ref } = await import('vue')
  const registration = { needRefresh: ref(false), update: vi.fn() }
  return { registerServiceWorker: () => registration }
})

it('offers the new version in a status region and reloads only when the person says so', async () => {
  const sw = registerServiceWorker()
  mount(UpdatePrompt, { global: { plugins: [createTestI18n()] }, attachTo: document.body })
  const regio = getByRole(document.body, 'status')
  expect(regio.textContent?.trim()).toBe('')

  sw.needRefresh.value = true
  await nextTick()
  expect(regio.textContent).toContain('Er is een nieuwe versie van Mijn Overheid.')
  expect(sw.update).not.toHaveBeenCalled()
  await expectNoAxeViolations(document.body)
  getByRole(regio, 'button', 'Nu bijwerken').click()
  expect(sw.update).toHaveBeenCalledTimes(1)
})
