/** Deeper than any API body needs; deep enough that nothing downstream (JSON.stringify, valibot) can overflow. */
export const MAX_JSON_DEPTH = 32

/**
 * Whether JSON text nests arrays and objects deeper than `max`. A scan of the characters, not a recursive
 * parse: a recursive check would itself overflow the stack on '[' × 400 000. Brackets inside strings do not count.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 0x5c /* \ */) i++
      else if (char === 0x22 /* " */) inString = false
    } else if (char === 0x22) {
      inString = true
    } else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > max) return true
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      depth--
    }
  }
  return false
}
