import type { FieldOption } from './field-option'

/**
 * "All …" first, then the names A to Z; a name chosen through a link stays a choice even before the list
 * of names has loaded (or when it is not among them), so the filter never shows something else than the URL.
 */
export function nameOptions(names: readonly string[], chosen: string, allLabel: string): FieldOption[] {
  const all = new Set([...names, ...(chosen ? [chosen] : [])])
  return [{ value: '', label: allLabel }, ...[...all].sort((a, b) => a.localeCompare(b, 'nl')).map((name) => ({ value: name, label: name }))]
}
