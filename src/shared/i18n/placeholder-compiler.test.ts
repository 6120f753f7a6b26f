import { describe, expect, it } from 'vitest'
import { createAppI18n } from './index'

const messages = {
  nl: {
    welkom: 'Welkom, {name}',
    stil: 'Geen waarden',
    twee: '{a} en {b}',
    bijlagen: '{count} bijlage | {count} bijlagen',
    ongelezen: 'U heeft geen ongelezen berichten | U heeft 1 ongelezen bericht | U heeft {count} ongelezen berichten',
  },
  en: {
    welkom: 'Welcome, {name}',
    stil: 'No values',
    twee: '{a} and {b}',
    bijlagen: '{count} attachment | {count} attachments',
    ongelezen: 'You have no unread messages | You have 1 unread message | You have {count} unread messages',
  },
}

describe('the app message compiler', () => {
  it('fills in named placeholders', () => {
    const { global } = createAppI18n(messages)
    expect(global.t('welkom', { name: 'Fatima El Amrani' })).toBe('Welkom, Fatima El Amrani')
    expect(global.t('twee', { a: 1, b: 2 })).toBe('1 en 2')
  })

  it('chooses the plural form by the count, with an optional zero form', () => {
    const { global } = createAppI18n(messages)
    expect(global.t('bijlagen', 1)).toBe('1 bijlage')
    expect(global.t('bijlagen', 3)).toBe('3 bijlagen')
    expect(global.t('bijlagen', 0)).toBe('0 bijlagen')
    expect(global.t('ongelezen', 0)).toBe('U heeft geen ongelezen berichten')
    expect(global.t('ongelezen', 1)).toBe('U heeft 1 ongelezen bericht')
    expect(global.t('ongelezen', { count: 12 }, 12)).toBe('U heeft 12 ongelezen berichten')
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
