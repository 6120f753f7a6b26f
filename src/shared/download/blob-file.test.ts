import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { downloadBlob, fileNamePart, openBlobInNewTab, REVOKE_AFTER_MS, type FileTab } from './blob-file'

const pdf = () => new Blob(['%PDF-1.7'], { type: 'application/pdf' })

describe('blob files', () => {
  let revoked: string[]
  let created: Blob[]

  beforeEach(() => {
    vi.useFakeTimers()
    revoked = []
    created = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) created.push(blob)
      return `blob:test/${created.length}`
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
      revoked.push(url)
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('makes a file name piece a person recognises', () => {
    expect(fileNamePart('Voorlopige aanslag 2026.pdf')).toBe('voorlopige-aanslag-2026')
    expect(fileNamePart('Één café — Utrecht!')).toBe('een-cafe-utrecht')
  })

  it('downloads under the given name, and frees the URL only later', () => {
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href}`)
    })
    downloadBlob(pdf(), 'aanslag.pdf')
    expect(clicked).toEqual(['aanslag.pdf blob:test/1'])
    expect(document.querySelector('a')).toBeNull()
    expect(revoked).toEqual([])
    vi.advanceTimersByTime(REVOKE_AFTER_MS)
    expect(revoked).toEqual(['blob:test/1'])
  })

  it('opens the tab at the click and gives it the file, as the right type, once it has arrived', async () => {
    const tab: FileTab = { opener: window, closed: false, location: { href: '' }, close: vi.fn() }
    const openTab = vi.fn(() => tab)
    const loading = openBlobInNewTab(async () => new Blob(['%PDF-1.7']), { type: 'application/pdf', fileName: 'a.pdf', openTab })
    // At once, still within the click: later the pop-up blocker would stop it.
    expect(openTab).toHaveBeenCalled()
    expect(tab.opener).toBeNull()
    await expect(loading).resolves.toBe('opened')
    expect(tab.location.href).toBe('blob:test/1')
    expect(created[0]?.type).toBe('application/pdf')
  })

  it('downloads instead when a pop-up blocker stops the tab', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    await expect(openBlobInNewTab(async () => pdf(), { type: 'application/pdf', fileName: 'aanslag.pdf' })).resolves.toBe('downloaded')
    expect(open).toHaveBeenCalledWith('', '_blank')
    expect(clicked).toEqual(['aanslag.pdf'])
  })

  it('closes the empty tab when the file cannot be loaded', async () => {
    const tab: FileTab = { opener: null, closed: false, location: { href: '' }, close: vi.fn() }
    const failing = openBlobInNewTab(() => Promise.reject(new Error('503')), { type: 'application/pdf', fileName: 'a.pdf', openTab: () => tab })
    await expect(failing).rejects.toThrow('503')
    expect(tab.close).toHaveBeenCalled()
  })
})
