/** What can be wrong with a chosen file before it is sent; message keys under `form.file.errors`. */
export type FileProblem = 'type' | 'size' | 'empty'

export interface FileRules {
  /** As in <input accept>: MIME types ("application/pdf"), groups ("image/*") or extensions (".pdf"). */
  accept?: readonly string[]
  maxBytes?: number
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
