/**
 * Plain text from a bericht's HTML, for search and for the PDF. Not a sanitiser: the app
 * sanitises with DOMPurify before it shows anything.
 */
const entiteiten: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€' }

export function htmlNaarTekst(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    // A block starts and ends a paragraph; blank lines in a row collapse below.
    .replace(/<\/?(p|div|ul|ol|h[1-6]|tr|table)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeer(name) ?? whole)
    .split('\n')
    .map((regel) => regel.replace(/\s+/g, ' ').trim())
    .filter((regel, index, regels) => regel !== '' || (index > 0 && regels[index - 1] !== ''))
    .join('\n')
    .trim()
}

function decodeer(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  }
  return entiteiten[name.toLowerCase()]
}

/** Case- and accent-insensitive: "Vóór" finds "voor", "AANSLAG" finds "aanslag". */
export function zoekbaar(text: string): string {
  const klein = text.toLowerCase()
  // Most of the cost is in normalize(): skip it for plain ASCII.
  const zonderAccenten = /[\u0080-\uffff]/.test(klein) ? klein.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : klein
  // Runs of spaces and line breaks become one space, touching only what needs it (fast on long text).
  return zonderAccenten.replace(/\s{2,}|[^\S ]/g, ' ')
}

/**
 * The text search looks in: subject and body without tags. Cheaper than htmlNaarTekst (one pass
 * for the tags, entities only when there are any), which matters for the first search over 10,000.
 */
export function zoektekst(onderwerp: string, html: string): string {
  const zonderTags = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<[^>]*>/gi, ' ')
  const tekst = zonderTags.includes('&') ? zonderTags.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeer(name) ?? whole) : zonderTags
  return zoekbaar(`${onderwerp} ${tekst}`)
}
