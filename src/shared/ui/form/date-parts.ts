/** A date as people type it in three boxes (GOV.UK "date input"): the texts as typed. */
export interface DateParts {
  day: string
  month: string
  year: string
}

export type DatePart = keyof DateParts
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year']

/** Message keys under `form.date.errors`. */
export type DateError = 'empty' | 'incomplete' | 'day' | 'month' | 'year' | 'notReal'

export type DateResult = { date: string } | { error: DateError; parts: DatePart[] }

export const emptyDateParts = (): DateParts => ({ day: '', month: '', year: '' })

/** The id of one box: the day box has the field's own id, so a link to the field lands on the first box. */
export const datePartId = (id: string, part: DatePart) => (part === 'day' ? id : `${id}-${part}`)

const whole = (text: string) => (/^\d+$/.test(text) ? Number(text) : Number.NaN)

/**
 * Reads the three boxes into an ISO date ("2007-03-27"), or says what is wrong and which boxes: the first
 * of those is where an error summary sends focus. Spaces are ignored; "03" and "3" are the same month.
 */
export function parseDateParts(input: DateParts): DateResult {
  const parts = { day: input.day.trim(), month: input.month.trim(), year: input.year.trim() }
  const missing = DATE_PARTS.filter((part) => parts[part] === '')
  if (missing.length === 3) return { error: 'empty', parts: [...DATE_PARTS] }
  if (missing.length > 0) return { error: 'incomplete', parts: missing }

  const [day, month, year] = [whole(parts.day), whole(parts.month), whole(parts.year)]
  if (!(day >= 1 && day <= 31)) return { error: 'day', parts: ['day'] }
  if (!(month >= 1 && month <= 12)) return { error: 'month', parts: ['month'] }
  if (!/^\d{4}$/.test(parts.year)) return { error: 'year', parts: ['year'] }

  // 31 April or 29 February in a common year: the Date object rolls over into the next month.
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return { error: 'notReal', parts: ['day', 'month'] }
  return { date: `${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
}
