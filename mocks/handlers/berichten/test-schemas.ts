import * as v from 'valibot'
import { BERICHT_TYPES, MAPPEN, STATUSSEN } from '../../state/berichten/types'

/** The response shapes a client may rely on; tests parse every answer with these. */
const Link = v.object({ href: v.string() })
const datum = v.pipe(v.string(), v.isoDate())

export const BerichtSamenvattingSchema = v.strictObject({
  berichtId: v.pipe(v.string(), v.uuid()),
  onderwerp: v.string(),
  afzender: v.string(),
  publicatietijdstip: v.pipe(v.string(), v.isoTimestamp()),
  aantalBijlagen: v.number(),
  map: v.picklist(MAPPEN),
  status: v.picklist(STATUSSEN),
  magazijnId: v.pipe(v.string(), v.regex(/^\d{20}$/)),
  type: v.picklist(BERICHT_TYPES),
  actie: v.optional(v.strictObject({ omschrijving: v.string(), deadline: datum })),
  bewaartermijn: datum,
  verplaatstNaarPrullenbakOp: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  _links: v.strictObject({ self: Link }),
})

export const BerichtenLijstSchema = v.strictObject({
  berichten: v.array(BerichtSamenvattingSchema),
  _links: v.strictObject({ self: Link, next: v.optional(Link), prev: v.optional(Link) }),
})

export const BerichtSchema = v.strictObject({
  ...BerichtSamenvattingSchema.entries,
  inhoud: v.string(),
  bijlagen: v.array(
    v.strictObject({
      bijlageId: v.pipe(v.string(), v.uuid()),
      naam: v.string(),
      mimeType: v.literal('application/pdf'),
      grootteInBytes: v.number(),
      _links: v.strictObject({ self: Link }),
    }),
  ),
})

export const ProblemSchema = v.object({
  title: v.string(),
  status: v.number(),
  detail: v.optional(v.string()),
  code: v.optional(v.string()),
  invalidParams: v.optional(v.array(v.object({ name: v.string(), code: v.string(), reason: v.string() }))),
})
