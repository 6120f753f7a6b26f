import * as v from 'valibot'

/**
 * The federated Berichtenbox API (FBS) as the app reads it, plus the portal's own fields
 * (type, actie, bewaartermijn, verplaatstNaarPrullenbakOp). Checked once, here; the rest of
 * the feature trusts these types.
 */
export const MAPPEN = ['postvak', 'archief', 'prullenbak'] as const
export type MapNaam = (typeof MAPPEN)[number]

/** The trash empties itself after this many days (the mock enforces it, the app says it). */
export const PRULLENBAK_BEWAARDAGEN = 30

export const STATUSSEN = ['gelezen', 'ongelezen'] as const
export type BerichtStatus = (typeof STATUSSEN)[number]

/** The kinds of bericht the portal knows; the schema takes any string, so a new kind from a sender still shows. */
export const BERICHT_TYPES = ['notificatie', 'beschikking', 'betaalverzoek', 'verzoek-om-informatie', 'herinnering'] as const
export type BerichtType = (typeof BERICHT_TYPES)[number]

const link = v.object({ href: v.string() })
const isoDatum = v.pipe(v.string(), v.isoDate())
const isoTijdstip = v.pipe(v.string(), v.check((value) => !Number.isNaN(Date.parse(value)), 'geen tijdstip'))

export const berichtSamenvattingSchema = v.object({
  berichtId: v.string(),
  onderwerp: v.string(),
  afzender: v.string(),
  publicatietijdstip: isoTijdstip,
  aantalBijlagen: v.number(),
  map: v.picklist(MAPPEN),
  status: v.picklist(STATUSSEN),
  type: v.string(),
  actie: v.optional(v.object({ omschrijving: v.string(), deadline: isoDatum })),
  bewaartermijn: isoDatum,
  verplaatstNaarPrullenbakOp: v.optional(isoTijdstip),
})

export const bijlageSchema = v.object({
  bijlageId: v.string(),
  naam: v.string(),
  mimeType: v.optional(v.string(), 'application/pdf'),
  grootteInBytes: v.optional(v.number()),
})

export const berichtSchema = v.object({
  ...berichtSamenvattingSchema.entries,
  inhoud: v.string(),
  bijlagen: v.array(bijlageSchema),
})

export const berichtenLijstSchema = v.object({
  berichten: v.array(berichtSamenvattingSchema),
  /** The portal's own field: how many berichten match in all. */
  totaal: v.pipe(v.number(), v.integer(), v.minValue(0)),
  _links: v.optional(v.object({ self: v.optional(link), next: v.optional(link), prev: v.optional(link) })),
})

export type BerichtSamenvatting = v.InferOutput<typeof berichtSamenvattingSchema>
export type Bericht = v.InferOutput<typeof berichtSchema>
export type Bijlage = v.InferOutput<typeof bijlageSchema>
export type BerichtenLijst = v.InferOutput<typeof berichtenLijstSchema>
