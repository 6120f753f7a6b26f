import * as v from 'valibot'
import { BERICHT_TYPES } from '../../state/berichten/types'

const verplichteTekst = (veld: string, max: number) =>
  v.pipe(v.string(`Geef ${veld} op.`), v.trim(), v.minLength(1, `Geef ${veld} op.`), v.maxLength(max, `${veld} is te lang.`))

const datum = v.pipe(v.string(), v.isoDate('Geef een datum op als jjjj-mm-dd.'))

/** Body of POST /__mock/berichten (DESIGN.md §6); type, actie and bewaartermijn are optional extras for tests. */
export const NieuwBerichtBody = v.object({
  bsn: v.pipe(v.string('Geef bsn op.'), v.regex(/^\d{9}$/, 'bsn bestaat uit 9 cijfers.')),
  afzender: verplichteTekst('afzender', 200),
  onderwerp: verplichteTekst('onderwerp', 500),
  // Stored exactly as sent, script tags and all: the app must sanitise it.
  inhoud: v.pipe(v.string('Geef inhoud op.'), v.minLength(1, 'Geef inhoud op.'), v.maxLength(200_000, 'inhoud is te lang.')),
  type: v.optional(v.picklist(BERICHT_TYPES, `Kies type uit: ${BERICHT_TYPES.join(', ')}.`)),
  actie: v.optional(v.object({ omschrijving: verplichteTekst('actie.omschrijving', 200), deadline: datum })),
  bewaartermijn: v.optional(datum),
  bijlagen: v.optional(v.array(v.object({ naam: verplichteTekst('bijlagen[].naam', 200) })), []),
})
