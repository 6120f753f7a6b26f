/**
 * Free text as people type it, in any script: emoji, Arabic and Hebrew (right to left) stay as they are.
 * Out go control characters (a newline stays where `regels` allows it, else it becomes a space) and halves of
 * emoji that lost their other half; then NFC, so "é" typed two ways is one value, and no spaces around it.
 */
export function schoon(tekst: string, { regels }: { regels: boolean }): string {
  return tekst
    .replace(/\r\n?/g, '\n')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\p{Cc}/gu, (teken) => (teken === '\n' ? (regels ? '\n' : ' ') : teken === '\t' ? ' ' : ''))
    .normalize('NFC')
    .trim()
}

/** Characters as a person counts them: code points, so an emoji is one, not two UTF-16 units. */
export const lengte = (tekst: string) => [...tekst].length
