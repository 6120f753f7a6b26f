/** One choice in a select, a radio group or a checkbox group. */
export interface FieldOption {
  value: string
  label: string
  /** A hint under a radio button or checkbox. */
  description?: string
  /** The language of the label when it is not the page's: a registry's own Dutch name on an English page. */
  lang?: string
}
