/** Dates, sizes and money as Dutch (or English) readers expect them. */
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL')

// One formatter per kind and language: making one costs far more than using it, and a list of 20 letters or zaken
// formats dozens of dates in one render.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  const known = formatters.get(key) as T | undefined
  if (known) return known
  const formatter = make()
  formatters.set(key, formatter)
  return formatter
}

/** "14 december 2026" from "2026-12-14" or an ISO timestamp; dates are shown in Dutch time. */
export function formatDate(value: string, locale: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)
  return cached(`date:${locale}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
  ).format(date)
}

/** "20 november 2026 om 10:15" (en: "20 November 2026 at 10:15"), in Dutch time. */
export function formatDateTime(value: string, locale: string): string {
  return cached(`datetime:${locale}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Amsterdam',
    }),
  ).format(new Date(value))
}

export function formatFileSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) =>
    `${cached(`size:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 })).format(value)} ${unit}`
  if (bytes < 1000) return format(bytes, 'bytes')
  if (bytes < 1_000_000) return format(bytes / 1000, 'kB')
  return format(bytes / 1_000_000, 'MB')
}

/** The calendar day in the Netherlands as yyyy-mm-dd (by the server's `now`, see shared/time). */
export function dutchDay(now: Date): string {
  return cached('day', () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })).format(now)
}

/** Whole days from today (Dutch calendar, by the server's `now`: see shared/time) until an ISO date; negative when past. */
export function daysUntil(isoDate: string, now: Date): number {
  const today = dutchDay(now)
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}
