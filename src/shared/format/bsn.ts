/**
 * The burgerservicenummer as people see it. Government letters (the Belastingdienst's, for one) write it
 * in groups of 4, 2 and 3 digits: "1234.56.789". We keep that grouping, so the number looks as on paper,
 * but with spaces: a screen reader may read "1234.56.789" as a decimal number, and spaced groups are
 * easy to read aloud and to compare.
 */
const BSN = /^\d{9}$/

/** Digits only: people copy a BSN with spaces or dots ("1234.56.782", "1234 56 782"). */
export function normalizeBsn(input: string): string {
  return input.replace(/[\s.]/g, '')
}

/** "999990019" → "9999 90 019". Anything that is not 9 digits comes back as it was. */
export function formatBsn(bsn: string, separator = ' '): string {
  const digits = normalizeBsn(bsn)
  if (!BSN.test(digits)) return bsn
  return [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6)].join(separator)
}

/**
 * "999990019" → "*****0019": enough for a person to recognise their own number (or tell two apart),
 * not enough to use it. For places where the whole number is not needed, such as a list of clients.
 */
export function maskBsn(bsn: string, visible = 4): string {
  const digits = normalizeBsn(bsn)
  if (!BSN.test(digits)) return '*'.repeat(9)
  return `${'*'.repeat(9 - visible)}${digits.slice(9 - visible)}`
}
