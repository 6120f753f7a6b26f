import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { LOCALE_STORAGE_KEY } from '@/shared/i18n'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import LanguageSwitch from './LanguageSwitch.vue'

it('names the other language in that language, and switches the page and <html lang> to it', async () => {
  mount(LanguageSwitch, { global: { plugins: [createTestI18n()] }, attachTo: document.body })
  const knop = getByRole(document.body, 'button', 'English')
  expect(knop.getAttribute('lang')).toBe('en')
  await expectNoAxeViolations(document.body)
  knop.click()
  await Promise.resolve()
  expect(document.documentElement.lang).toBe('en')
  expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
  expect(getByRole(document.body, 'button', 'Nederlands').getAttribute('lang')).toBe('nl')
  await expectNoAxeViolations(document.body)
})
