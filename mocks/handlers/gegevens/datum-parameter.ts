import * as v from 'valibot'

/** A calendar day, yyyy-mm-dd, that exists (no 31 February). */
export const dag = (naam: string) =>
  v.pipe(
    v.string(`Geef ${naam} op als datum (jjjj-mm-dd).`),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, `Geef ${naam} op als datum (jjjj-mm-dd).`),
    v.check((waarde) => {
      const datum = new Date(`${waarde}T12:00:00Z`)
      return !Number.isNaN(datum.getTime()) && datum.toISOString().slice(0, 10) === waarde
    }, `${naam} is geen bestaande datum.`),
  )
