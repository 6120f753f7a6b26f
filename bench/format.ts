/** Kilobytes as budgets are written: 1 KB = 1000 bytes, one decimal. */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`
}

export function ms(value: number | undefined): string {
  return value === undefined ? '–' : `${Math.round(value)} ms`
}

export function budget(label: string, ok: boolean, detail = ''): string {
  return `budget ${label}: ${ok ? 'OK' : 'OVER'}${detail ? ` (${detail})` : ''}`
}

/** Left-aligned text columns, right-aligned figures: readable in a terminal and in a CI log. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)]
}
