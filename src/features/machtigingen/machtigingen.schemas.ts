import * as v from 'valibot'

/**
 * The Machtigingen API (no public spec: REST in the style of DESIGN.md §7, documented in the README).
 * Checked once, here; the rest of the feature, the mock and its tests use these types.
 */

/** A day of the calendar: valibot's isoDate alone lets 2027-02-30 through. */
const isoDatum = v.pipe(v.string(), v.isoDate(), v.check((iso) => new Date(`${iso}T12:00:00Z`).toISOString().startsWith(iso), 'geen bestaande datum'))
const isoTijdstip = v.pipe(v.string(), v.check((value) => !Number.isNaN(Date.parse(value)), 'geen tijdstip'))

/** What a machtiging can cover. `eigen` is never part of one: settings, e-mail, permanent delete, machtigingen. */
export const DIENSTEN = ['berichten', 'zaken', 'gegevens'] as const
export type DienstNaam = (typeof DIENSTEN)[number]

/** The parts of Gegevens a machtiging can cover (one per source, plus the usage log and the toestemmingen). */
export const GEGEVENS_ONDERDELEN = ['brp', 'voertuigen', 'onroerende-zaken', 'diplomas', 'inkomens', 'gebruik', 'toestemmingen'] as const
export type GegevensOnderdeel = (typeof GEGEVENS_ONDERDELEN)[number]

export const MACHTIGING_STATUSSEN = ['wacht-op-acceptatie', 'actief', 'verlopen', 'ingetrokken', 'geweigerd'] as const
export type MachtigingStatus = (typeof MACHTIGING_STATUSSEN)[number]

/** Without `organisaties`: every organisation. Gegevens always names its parts. */
export const dienstSchema = v.variant('dienst', [
  v.object({ dienst: v.literal('berichten'), organisaties: v.optional(v.array(v.string())) }),
  v.object({ dienst: v.literal('zaken'), organisaties: v.optional(v.array(v.string())) }),
  v.object({ dienst: v.literal('gegevens'), onderdelen: v.array(v.picklist(GEGEVENS_ONDERDELEN)) }),
])
export type Dienst = v.InferOutput<typeof dienstSchema>

const persoonSchema = v.object({ burgerservicenummer: v.pipe(v.string(), v.regex(/^\d{9}$/)), naam: v.string() })

export const machtigingSchema = v.object({
  id: v.string(),
  /** Seen from the caller: a machtiging they gave, or one they received. */
  richting: v.picklist(['gegeven', 'ontvangen']),
  /** A machtiging the person gave, or beschermingsbewind set by a court (cannot be revoked here). */
  soort: v.picklist(['machtiging', 'bewind']),
  volmachtgever: persoonSchema,
  gemachtigde: persoonSchema,
  diensten: v.array(dienstSchema),
  geldigVanaf: isoDatum,
  geldigTot: isoDatum,
  status: v.picklist(MACHTIGING_STATUSSEN),
  aangemaaktOp: isoTijdstip,
  ingetrokkenOp: v.optional(isoTijdstip),
  /** Whether the caller may revoke it now (the volmachtgever, not for bewind, not when ended). */
  intrekbaar: v.boolean(),
})
export type Machtiging = v.InferOutput<typeof machtigingSchema>

export const machtigingenLijstSchema = v.object({ machtigingen: v.array(machtigingSchema) })

/** What can be granted: the services and, per service, the organisations or parts to choose from. */
export const dienstenCatalogusSchema = v.object({
  organisaties: v.object({ berichten: v.array(v.string()), zaken: v.array(v.string()) }),
  gegevensOnderdelen: v.array(v.object({ onderdeel: v.picklist(GEGEVENS_ONDERDELEN), naam: v.string() })),
})
export type DienstenCatalogus = v.InferOutput<typeof dienstenCatalogusSchema>

/** POST /machtigingen. */
export interface NieuweMachtiging {
  gemachtigde: { burgerservicenummer: string }
  diensten: Dienst[]
  geldigTot: string
}

/** Longest a machtiging may run, counted from today (in years). */
export const MAX_GELDIG_JAREN = 5

/** One thing a gemachtigde did (or tried) on the person's behalf, for "Namens u gedaan". */
export const handelingSchema = v.object({
  id: v.string(),
  /** The first time; `laatstOp` the last, when the same thing was done again within 15 minutes. */
  tijdstip: isoTijdstip,
  laatstOp: isoTijdstip,
  aantal: v.number(),
  gemachtigde: v.object({ naam: v.string() }),
  /** What, in words: "Bericht verplaatst naar het archief". */
  actie: v.string(),
  /** Which data: "Bericht van de Belastingdienst: Voorlopige aanslag 2027". */
  gegevens: v.string(),
  /** false: refused, the machtiging did not cover it (any more). */
  toegestaan: v.boolean(),
})
export type Handeling = v.InferOutput<typeof handelingSchema>

export const handelingenLijstSchema = v.object({
  handelingen: v.array(handelingSchema),
  totaal: v.number(),
  _links: v.object({
    self: v.object({ href: v.string() }),
    next: v.optional(v.object({ href: v.string() })),
    prev: v.optional(v.object({ href: v.string() })),
  }),
})
export type HandelingenLijst = v.InferOutput<typeof handelingenLijstSchema>

/**
 * GET /machtigingen/_huidige: for whom this login acts and what it may do now. `status` other than `actief`
 * means the machtiging ended while logged in (revoked, expired): nothing is allowed any more.
 */
export const vertegenwoordigingSchema = v.object({
  volmachtgever: persoonSchema,
  soort: v.picklist(['machtiging', 'bewind']),
  /** `geen`: there never was an accepted machtiging (or it is still waiting for acceptance). */
  status: v.picklist(['actief', 'ingetrokken', 'verlopen', 'geen']),
  /** What all active machtigingen of this pair cover together; empty when none is active. */
  diensten: v.array(dienstSchema),
  /** The last day, when active. */
  geldigTot: v.optional(isoDatum),
})
export type Vertegenwoordiging = v.InferOutput<typeof vertegenwoordigingSchema>

/** Whom this person may act for now (the switcher, and the mock DigiD's "Voor wie wilt u inloggen?"). */
export const vertegenwoordigbarenSchema = v.object({
  vertegenwoordigden: v.array(v.object({ ...persoonSchema.entries, soort: v.picklist(['machtiging', 'bewind']) })),
})
export type Vertegenwoordigbare = v.InferOutput<typeof vertegenwoordigbarenSchema>['vertegenwoordigden'][number]
