import type { TestPerson } from '../state/persons'
import type { FieldError } from './form-fields'

export const forMyselfValue = 'zelf'
export const choiceFieldId = 'keuze-zelf'

export type RepresentFormResult =
  | { ok: true; represents?: string }
  | { ok: false; errors: FieldError[] }

/** Only BSNs the person may act for are accepted, whatever the browser sends. */
export function validateRepresentForm(choice: string, person: TestPerson): RepresentFormResult {
  if (choice === forMyselfValue) return { ok: true }
  if (person.vertegenwoordigt.includes(choice)) return { ok: true, represents: choice }
  return { ok: false, errors: [{ fieldId: choiceFieldId, message: 'Kies voor wie u wilt inloggen.' }] }
}
