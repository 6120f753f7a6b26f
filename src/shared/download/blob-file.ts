/**
 * Files that came with the bearer token (a PDF, a generated copy) exist only as a Blob: there is no plain
 * URL to link to. These helpers save one or show it in a new tab through a temporary object URL.
 */

/** Long enough for the browser to start the download or load the tab, short enough not to keep files around. */
export const REVOKE_AFTER_MS = 60_000

export type OpenResult = 'opened' | 'downloaded'

/** The part of a window that opening a file needs (a test can bring its own). */
export interface FileTab {
  opener: unknown
  readonly closed: boolean
  location: { href: string }
  close(): void
}

const openEmptyTab = (): FileTab | null => window.open('', '_blank')

/** Frees an object URL later: revoking at once would cancel a download or empty the tab before it loads. */
export function revokeLater(url: string, afterMs = REVOKE_AFTER_MS): void {
  setTimeout(() => URL.revokeObjectURL(url), afterMs)
}

/** A piece of a file name: "Voorlopige aanslag 2026.pdf" → "voorlopige-aanslag-2026". */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.pdf$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Saves a Blob under a file name, through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  revokeLater(url)
}

/**
 * Shows a file in a new tab. The tab opens at the click, before the file has arrived, because a pop-up
 * blocker allows a window only during the click itself. If the browser blocks it anyway, the file is
 * downloaded instead: the person gets the file and stays where they were.
 */
export async function openBlobInNewTab(
  load: () => Promise<Blob>,
  options: { type: string; fileName: string; openTab?: () => FileTab | null },
): Promise<OpenResult> {
  const tab = (options.openTab ?? openEmptyTab)()
  // The tab shows only our own file; it needs no way back to this page.
  if (tab) tab.opener = null
  try {
    const loaded = await load()
    const blob = loaded.type === options.type ? loaded : new Blob([loaded], { type: options.type })
    if (!tab || tab.closed) {
      downloadBlob(blob, options.fileName)
      return 'downloaded'
    }
    const url = URL.createObjectURL(blob)
    tab.location.href = url
    revokeLater(url)
    return 'opened'
  } catch (error) {
    tab?.close()
    throw error
  }
}
