import { describe, expect, it } from 'vitest'
import { firstLoadMessagesEn } from '@/test/i18n'
import { createLocaleLoader, firstLoadMessagesNl, loadFirstLoadMessagesEn } from './messages'

describe('first-load texts', () => {
  it('holds Dutch only; English comes on demand with the same top-level parts', async () => {
    const english = await loadFirstLoadMessagesEn()
    expect(Object.keys(english).sort()).toEqual(Object.keys(firstLoadMessagesNl).sort())
    expect(english).toEqual(firstLoadMessagesEn)
  })

  it('loads English once, however often someone switches', async () => {
    const merged: string[] = []
    const load = createLocaleLoader({ mergeLocaleMessage: (locale) => void merged.push(locale) })
    await Promise.all([load('en'), load('en'), load('nl')])
    await load('en')
    expect(merged).toEqual(['en'])
  })
})
