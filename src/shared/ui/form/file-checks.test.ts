// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkFile, checkFileContent, describeAccept, detectType, matchesAccept } from './file-checks'

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

  it('looks inside: a renamed .exe is no PDF, a real PDF or PNG passes', async () => {
    const accept = ['.pdf', '.jpg', '.png', 'application/pdf', 'image/jpeg', 'image/png']
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])], 'geboorteakte.pdf', { type: 'application/pdf' })
    const pdf = new File(['%PDF-1.7\n'], 'akte.pdf', { type: 'application/pdf' })
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])], 'foto.png', { type: 'image/png' })
    expect(await checkFileContent(exe, accept)).toBe('type')
    expect(await checkFileContent(pdf, accept)).toBeNull()
    expect(await checkFileContent(png, accept)).toBeNull()
    expect(detectType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    // Types we cannot recognise by content are left to the name (and the server).
    expect(await checkFileContent(exe, ['.docx'])).toBeNull()
  })
})
