import * as v from 'valibot'

/** Checks in the browser first, so a person hears about a typo at once and without a round trip. */
export type EmailFout = 'leeg' | 'ongeldig' | 'teLang'
export type CodeFout = 'leeg' | 'formaat'

/** RFC 5321 limits an address to 254 characters; the service refuses longer ones too. */
export const EMAIL_MAX = 254
/** Shown in the error text; a placeholder, because an @ may not appear in the message files. */
export const VOORBEELD_ADRES = 'naam@voorbeeld.nl'
const emailSchema = v.pipe(v.string(), v.email())

export function controleerEmail(invoer: string): EmailFout | null {
  const email = invoer.trim()
  if (email === '') return 'leeg'
  if (email.length > EMAIL_MAX) return 'teLang'
  return v.is(emailSchema, email) ? null : 'ongeldig'
}

/** People copy codes as "123 456" or with a space at the end; those spaces mean nothing. */
export function normaliseerCode(invoer: string): string {
  return invoer.replace(/\s+/g, '')
}

export function controleerCode(code: string): CodeFout | null {
  if (code === '') return 'leeg'
  return /^\d{6}$/.test(code) ? null : 'formaat'
}
