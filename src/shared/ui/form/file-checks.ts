/** What can be wrong with a chosen file before it is sent; message keys under `form.file.errors`. */
export type FileProblem = 'type' | 'size' | 'empty'

export interface FileRules {
  /** As in <input accept>: MIME types ("application/pdf"), groups ("image/*") or extensions (".pdf"). */
  accept?: readonly string[]
  maxBytes?: number
  /** Also look inside: the first bytes must be one of the accepted types (PDF, JPG, PNG), not only the name. */
  checkContent?: boolean
}

/** The accept attribute is only a hint to the file picker (people can choose "All files"): check again. */
export function matchesAccept(file: Pick<File, 'name' | 'type'>, accept: readonly string[]): boolean {
  if (accept.length === 0) return true
  const name = file.name.toLowerCase()
  const type = file.type.toLowerCase()
  return accept.some((rule) => {
    const wanted = rule.trim().toLowerCase()
    if (wanted.startsWith('.')) return name.endsWith(wanted)
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1))
    return type === wanted
  })
}

export function checkFile(file: Pick<File, 'name' | 'type' | 'size'>, rules: FileRules): FileProblem | null {
  if (rules.accept && !matchesAccept(file, rules.accept)) return 'type'
  if (file.size === 0) return 'empty'
  if (rules.maxBytes !== undefined && file.size > rules.maxBytes) return 'size'
  return null
}

/** "PDF of JPG" for the error text, from the extensions among the accepted types. */
export function describeAccept(accept: readonly string[], or: string): string {
  const names = accept.filter((rule) => rule.startsWith('.')).map((rule) => rule.slice(1).toUpperCase())
  const unique = [...new Set(names.length > 0 ? names : accept)]
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} ${or} ${unique.at(-1)}`
}

/** What a file starts with, whatever its name says: a renamed .exe starts with "MZ" and is none of these. */
const SIGNATURES: readonly { type: string; extensions: readonly string[]; start: readonly number[] }[] = [
  { type: 'application/pdf', extensions: ['.pdf'], start: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', extensions: ['.png'], start: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', extensions: ['.jpg', '.jpeg'], start: [0xff, 0xd8, 0xff] },
]

/** The type the first bytes show, among the ones we know; null for anything else. */
export function detectType(bytes: Uint8Array): string | null {
  return SIGNATURES.find(({ start }) => start.every((byte, index) => bytes[index] === byte))?.type ?? null
}

/**
 * For rules that name only types we can recognise (PDF, JPG, PNG): the content must be one of them too. A file
 * whose content we cannot read counts as wrong; the server checks again either way.
 */
export async function checkFileContent(file: Pick<File, 'name' | 'type' | 'slice'>, accept: readonly string[]): Promise<FileProblem | null> {
  const known = SIGNATURES.filter((signature) => accept.some((rule) => matchesAccept({ name: `x${signature.extensions[0] ?? ''}`, type: signature.type }, [rule])))
  if (known.length === 0) return null
  try {
    const type = detectType(new Uint8Array(await file.slice(0, 8).arrayBuffer()))
    return known.some((signature) => signature.type === type) ? null : 'type'
  } catch {
    return 'type'
  }
}
