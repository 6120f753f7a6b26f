/** One validation error, tied to the form control that the error summary links to. */
export interface FieldError {
  /** id of the control to focus; the inline message gets the id `${fieldId}-fout` */
  fieldId: string
  message: string
}

/** A single text value from a urlencoded body; repeated or missing fields become ''. */
export function formValue(body: unknown, name: string): string {
  if (typeof body !== 'object' || body === null) return ''
  const value: unknown = Reflect.get(body, name)
  return typeof value === 'string' ? value.trim() : ''
}

export function errorFor(errors: readonly FieldError[], fieldId: string): FieldError | undefined {
  return errors.find((error) => error.fieldId === fieldId)
}
