/** One choice in a select, a radio group or a checkbox group. */
export interface FieldOption {
  value: string
  label: string
  /** A hint under a radio button or checkbox. */
  description?: string
}
