import { mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { useRegisterSW } from 'virtual:pwa-register/vue'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import UpdatePrompt from './UpdatePrompt.vue'

// happy-dom has no service worker: stand in for the registration (e2e runs the real one).
vi.mock('virtual:pwa-register/vue', async () => {
  const { ref } = await import('vue')
  const needRefresh = ref(false)
  const updateServiceWorker = vi.fn(async () => undefined)
  return { useRegisterSW: () => ({ needRefresh, offlineReady: ref(false), updateServiceWorker }) }
})

it('offers the new version in a status region and reloads only when the person says so', async () => {
  const sw = useRegisterSW()
  mount(UpdatePrompt, { global: { plugins: [createTestI18n()] }, attachTo: document.body })
  const regio = getByRole(document.body, 'status')
  expect(regio.textContent?.trim()).toBe('')

  sw.needRefresh.value = true
  await nextTick()
  expect(regio.textContent).toContain('Er is een nieuwe versie van Mijn Overheid.')
  expect(sw.updateServiceWorker).not.toHaveBeenCalled()
  await expectNoAxeViolations(document.body)
  getByRole(regio, 'button', 'Nu bijwerken').click()
  expect(sw.updateServiceWorker).toHaveBeenCalledWith(true)
})
