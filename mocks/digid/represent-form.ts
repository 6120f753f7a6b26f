import type { FieldError } from './form-fields'

export const forMyselfValue = 'zelf'
export const choiceFieldId = 'keuze-zelf'

/** Someone the person may act for, as the backend knows it now. */
export interface Vertegenwoordigbare {
  burgerservicenummer: string
  naam: string
}

/** Whom a person may act for now: active, accepted machtigingen and bewind (the backend's state). */
export type VoorWie = (bsn: string) => readonly Vertegenwoordigbare[]

export type RepresentFormResult =
  | { ok: true; represents?: string }
  | { ok: false; errors: FieldError[] }

/** Only BSNs the person may act for right now are accepted, whatever the browser sends. */
export function validateRepresentForm(choice: string, keuzes: readonly Vertegenwoordigbare[]): RepresentFormResult {
  if (choice === forMyselfValue) return { ok: true }
  if (keuzes.some((keuze) => keuze.burgerservicenummer === choice)) return { ok: true, represents: choice }
  return { ok: false, errors: [{ fieldId: choiceFieldId, message: 'Kies voor wie u wilt inloggen.' }] }
}
