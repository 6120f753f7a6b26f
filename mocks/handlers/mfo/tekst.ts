/**
 * Free text as people type it, in any script: emoji, Arabic and Hebrew (right to left) stay as they are.
 * Out go control characters (a newline stays where `regels` allows it, else it becomes a space) and halves of
 * emoji that lost their other half; then NFC, so "é" typed two ways is one value, and no spaces around it.
 */
export function schoon(tekst: string, { regels }: { regels: boolean }): string {
  return (
    tekst
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      // Invisible format characters (zero-width space, direction overrides) go: they make a value look like
      // another, or turn the text after it around. A joiner inside a word or an emoji sequence stays.
      .replace(/\p{Cf}/gu, (teken, plek: number, geheel: string) =>
        (teken === '\u200D' || teken === '\u200C') && /\S/u.test(geheel[plek - 1] ?? '') && /\S/u.test(geheel[plek + 1] ?? '') ? teken : '',
      )
      .replace(/\p{Cc}/gu, (teken) => (teken === '\n' ? (regels ? '\n' : ' ') : teken === '\t' ? ' ' : ''))
      .normalize('NFC')
      .trim()
  )
}

/** A value must start with a character of its own, not a mark that would sit on whatever is shown before it. */
export const begintMetTeken = (tekst: string) => !/^\p{M}/u.test(tekst)

/** Characters as a person counts them: code points, so an emoji is one, not two UTF-16 units. */
export const lengte = (tekst: string) => [...tekst].length
