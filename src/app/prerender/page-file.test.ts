import { describe, expect, it } from 'vitest'
import { localeFromCookie, pageFile, SHELL_PATH } from './page-file'

describe('the file of a prerendered page', () => {
  it('is named after the path and the language', () => {
    expect(pageFile('/inloggen', 'nl')).toBe('inloggen.html')
    expect(pageFile('/inloggen', 'en')).toBe('inloggen.en.html')
  })

  it('is a frame of its own for the start page, which no other path is named to', () => {
    expect(pageFile('/', 'nl')).toBe('_start.html')
    expect(pageFile('/', 'en')).toBe('_start.en.html')
    expect(pageFile('/_start', 'nl')).toBe('index.html')
    expect(pageFile(SHELL_PATH, 'en')).toBe('index.en.html')
  })

  it('is the frame for a deeper path or anything that could leave dist/', () => {
    expect(pageFile('/berichten/123', 'nl')).toBe('index.html')
    expect(pageFile('/../server', 'nl')).toBe('index.html')
    expect(pageFile('/Inloggen.html', 'nl')).toBe('index.html')
  })

  it('is in English only when the cookie says so', () => {
    expect(localeFromCookie('a=1; mo-taal=en')).toBe('en')
    expect(localeFromCookie('mo-taal=english')).toBe('nl')
    expect(localeFromCookie(undefined)).toBe('nl')
  })
})
