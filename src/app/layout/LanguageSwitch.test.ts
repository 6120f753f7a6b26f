import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { LOCALE_LOADER, LOCALE_STORAGE_KEY, type Locale } from '@/shared/i18n'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import LanguageSwitch from './LanguageSwitch.vue'

it('names the other language in that language, loads its texts, then switches the page and <html lang> to it', async () => {
  const geladen: Locale[] = []
  const loadLocale = async (locale: Locale) => {
    geladen.push(locale)
  }
  mount(LanguageSwitch, { global: { plugins: [createTestI18n()], provide: { [LOCALE_LOADER as symbol]: loadLocale } }, attachTo: document.body })
  const knop = getByRole(document.body, 'button', 'English')
  expect(knop.getAttribute('lang')).toBe('en')
  await expectNoAxeViolations(document.body)
  knop.click()
  await flushPromises()
  expect(geladen).toEqual(['en'])
  expect(document.documentElement.lang).toBe('en')
  expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
  expect(getByRole(document.body, 'button', 'Nederlands').getAttribute('lang')).toBe('nl')
  await expectNoAxeViolations(document.body)
})
