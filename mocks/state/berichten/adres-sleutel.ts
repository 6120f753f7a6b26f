/** Gmail ignores dots in the local part (f.atima@gmail.com is fatima@gmail.com), and googlemail.com is gmail.com. */
const GMAIL = new Set(['gmail.com', 'googlemail.com'])

/**
 * The mailbox an address delivers to, to count codes per address: case does not matter, and a "+tag"
 * (subaddressing) reaches the same mailbox at nearly every provider. Dots only for Gmail: elsewhere
 * "j.jansen" and "jjansen" can be two people, and one must not use up the other's codes.
 */
export function adresSleutel(adres: string): string {
  const kleineLetters = adres.trim().toLowerCase()
  const at = kleineLetters.lastIndexOf('@')
  if (at < 0) return kleineLetters
  const lokaal = kleineLetters.slice(0, at).split('+')[0] ?? ''
  const domein = kleineLetters.slice(at + 1)
  return GMAIL.has(domein) ? `${lokaal.replaceAll('.', '')}@gmail.com` : `${lokaal}@${domein}`
}
