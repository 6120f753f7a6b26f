// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkFile, describeAccept, matchesAccept } from './file-checks'

const file = (name: string, type: string, size = 1000) => ({ name, type, size })

describe('file checks', () => {
  it('accepts by extension, MIME type or group, whatever the case', () => {
    expect(matchesAccept(file('Huurcontract.PDF', ''), ['.pdf'])).toBe(true)
    expect(matchesAccept(file('contract.pdf', 'application/pdf'), ['application/pdf'])).toBe(true)
    expect(matchesAccept(file('foto.heic', 'image/heic'), ['image/*'])).toBe(true)
    expect(matchesAccept(file('script.exe', 'application/x-msdownload'), ['.pdf', 'image/*'])).toBe(false)
    expect(matchesAccept(file('alles.mag', ''), [])).toBe(true)
  })

  it('refuses a wrong type, an empty file and a file over the limit', () => {
    const rules = { accept: ['.pdf'], maxBytes: 10_000_000 }
    expect(checkFile(file('a.docx', 'application/msword'), rules)).toBe('type')
    expect(checkFile(file('a.pdf', 'application/pdf', 0), rules)).toBe('empty')
    expect(checkFile(file('a.pdf', 'application/pdf', 10_000_001), rules)).toBe('size')
    expect(checkFile(file('a.pdf', 'application/pdf', 10_000_000), rules)).toBeNull()
  })

  it('names the accepted types for the error text', () => {
    expect(describeAccept(['.pdf'], 'of')).toBe('PDF')
    expect(describeAccept(['.pdf', '.jpg', '.png'], 'of')).toBe('PDF, JPG of PNG')
    expect(describeAccept(['application/pdf'], 'or')).toBe('application/pdf')
  })
})
