import { mount } from '@vue/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import OfflineNotice from './OfflineNotice.vue'

afterEach(() => vi.restoreAllMocks())

it('says in a status region, present all along, when the connection goes and comes back', async () => {
  const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
  mount(OfflineNotice, { global: { plugins: [createTestI18n()] }, attachTo: document.body })
  const regio = getByRole(document.body, 'status')
  expect(regio.textContent?.trim()).toBe('')

  online.mockReturnValue(false)
  window.dispatchEvent(new Event('offline'))
  await nextTick()
  expect(regio.textContent).toContain('U bent offline.')
  await expectNoAxeViolations(document.body)

  online.mockReturnValue(true)
  window.dispatchEvent(new Event('online'))
  await nextTick()
  expect(regio.textContent).not.toContain('U bent offline.')
})
