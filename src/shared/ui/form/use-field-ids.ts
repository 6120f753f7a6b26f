import { computed, useId } from 'vue'

export interface FieldIdProps {
  /** The control's id: what an error summary links to. Made up when the form does not need it. */
  id?: string
  description?: string
  error?: string | null
  /** Ids of other elements that explain this field, e.g. a paragraph above it. */
  describedBy?: string
}

/** Joins ids for aria-describedby; undefined when there are none, so no empty attribute is rendered. */
export function joinIds(...ids: (string | null | undefined | false)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '')
  return present.length > 0 ? present.join(' ') : undefined
}

/** The ids that tie a field's hint and error message to its control. */
export function useFieldIds(props: FieldIdProps) {
  const base = useId()
  const controlId = computed(() => props.id || `${base}-control`)
  const descriptionId = `${base}-description`
  const errorId = `${base}-error`
  const describedBy = computed(() =>
    joinIds(props.describedBy, props.description && descriptionId, props.error && errorId),
  )
  return { base, controlId, descriptionId, errorId, describedBy }
}
