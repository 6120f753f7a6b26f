import { findTestPerson, isValidBsn } from '../state/persons'
import { isDigidLevel, type DigidLevel } from './levels'
import type { FieldError } from './form-fields'

/** What the person typed or chose on the first login page, kept as-is to show it again after an error. */
export interface LoginFormValues {
  persoon: string
  bsn: string
  niveau: string
}

export type LoginFormResult =
  | { ok: true; bsn: string; level: DigidLevel }
  | { ok: false; errors: FieldError[] }

export const bsnFieldId = 'bsn'
// The error summary links to the first option of the group.
export const levelFieldId = 'niveau-basis'

/** A typed burgerservicenummer wins over a chosen test person: the hint on the page says so. */
export function validateLoginForm(values: LoginFormValues): LoginFormResult {
  const errors: FieldError[] = []
  const typedBsn = values.bsn.replace(/[\s.]/g, '')
  const chosenPerson = findTestPerson(values.persoon)

  let bsn = ''
  if (typedBsn === '') {
    if (chosenPerson) bsn = chosenPerson.bsn
    else errors.push({ fieldId: bsnFieldId, message: 'Kies een testpersoon of vul een burgerservicenummer in.' })
  } else if (!/^\d{9}$/.test(typedBsn)) {
    errors.push({ fieldId: bsnFieldId, message: 'Een burgerservicenummer heeft 9 cijfers. Vul alleen cijfers in.' })
  } else if (!isValidBsn(typedBsn)) {
    errors.push({
      fieldId: bsnFieldId,
      message: 'Dit is geen geldig burgerservicenummer. Controleer of u het goed hebt overgenomen.',
    })
  } else {
    bsn = typedBsn
  }

  if (!isDigidLevel(values.niveau)) {
    errors.push({ fieldId: levelFieldId, message: 'Kies een betrouwbaarheidsniveau.' })
  }

  if (errors.length > 0 || !isDigidLevel(values.niveau)) return { ok: false, errors }
  return { ok: true, bsn, level: values.niveau }
}
