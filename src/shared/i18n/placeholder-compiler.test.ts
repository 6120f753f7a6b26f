import { describe, expect, it } from 'vitest'
import { createAppI18n } from './index'

const messages = {
  nl: { welkom: 'Welkom, {name}', stil: 'Geen waarden', twee: '{a} en {b}' },
  en: { welkom: 'Welcome, {name}', stil: 'No values', twee: '{a} and {b}' },
}

describe('the app message compiler', () => {
  it('fills in named placeholders', () => {
    const { global } = createAppI18n(messages)
    expect(global.t('welkom', { name: 'Fatima El Amrani' })).toBe('Welkom, Fatima El Amrani')
    expect(global.t('twee', { a: 1, b: 2 })).toBe('1 en 2')
  })

  it('shows a missing value as its placeholder rather than "undefined"', () => {
    const { global } = createAppI18n(messages)
    expect(global.t('welkom')).toBe('Welkom, {name}')
  })

  it('follows the chosen language and sets <html lang>', () => {
    window.localStorage.setItem('mo:taal', 'en')
    const { global } = createAppI18n(messages)
    expect(document.documentElement.lang).toBe('en')
    expect(global.t('stil')).toBe('No values')
  })
})
