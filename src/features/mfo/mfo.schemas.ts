import * as v from 'valibot'

/**
 * The Correctieverzoeken API of the Meldpunt Fouten in Overheidsregistraties (no public spec: REST in the style
 * of DESIGN.md §7, documented in the README). Checked once, here; the feature, the mock and its tests use these.
 */

const isoDatum = v.pipe(v.string(), v.isoDate(), v.check((iso) => new Date(`${iso}T12:00:00Z`).toISOString().startsWith(iso), 'geen bestaande datum'))
const isoTijdstip = v.pipe(v.string(), v.check((value) => !Number.isNaN(Date.parse(value)), 'geen tijdstip'))

/** The registrations a correction can be about; the same keys as the Gegevens page's sources. */
export const REGISTRATIES = ['brp', 'rdw', 'kadaster', 'woz', 'duo', 'belastingdienst'] as const
export type Registratie = (typeof REGISTRATIES)[number]

/** At most this many files with a request, each a PDF, JPG or PNG of at most MAX_BIJLAGE_BYTES. */
export const MAX_BIJLAGEN = 5
export const MAX_BIJLAGE_BYTES = 10_000_000
/** The multipart field of an upload. */
export const BIJLAGE_VELD = 'bestand'
export const BIJLAGE_TYPEN = ['.pdf', '.jpg', '.jpeg', '.png', 'application/pdf', 'image/jpeg', 'image/png'] as const
/** Characters (not bytes) per free text: the explanation, the answer of the organisation, the consequences. */
export const MAX_TEKST = 2000
export const MAX_WAARDE = 200
/** A closed request can be reopened this many days after its end. */
export const HEROPEN_TERMIJN_DAGEN = 42

export const KANALEN = ['email', 'telefoon', 'post'] as const
export type Kanaal = (typeof KANALEN)[number]

export const RESULTATEN = ['gecorrigeerd', 'niet-gecorrigeerd'] as const
export type Resultaat = (typeof RESULTATEN)[number]

export const VERZOEK_STATUSSEN = ['ontvangen', 'in-behandeling', 'navraag-bij-bronhouder', 'afgerond'] as const

/** One value a person can report as wrong: whose or what it is about, the item, and what the registration holds now. */
export const meldbaarGegevenSchema = v.object({
  /** Opaque to the app; stable for one person and item ("brp.999990147.geslachtsnaam"). */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  registratie: v.picklist(REGISTRATIES),
  /** Whose or what: "Yusuf El Amarni (uw kind)", "Auto AB-123-C", "U zelf". */
  onderwerp: v.string(),
  /** For a person in the BRP: their BSN, so the Gegevens page can point at exactly this value. */
  burgerservicenummer: v.optional(v.pipe(v.string(), v.regex(/^\d{9}$/))),
  /** The item's key, as the Gegevens page names it ("geslachtsnaam", "kleur"). */
  gegeven: v.string(),
  /** The item in Dutch words ("Achternaam"). */
  label: v.string(),
  waarde: v.string(),
})
export type MeldbaarGegeven = v.InferOutput<typeof meldbaarGegevenSchema>

export const registratieSchema = v.object({
  registratie: v.picklist(REGISTRATIES),
  /** "Basisregistratie Personen (BRP)" */
  naam: v.string(),
  /** Who keeps it and corrects it: "Gemeente Utrecht", "RDW". */
  bronhouder: v.string(),
  gegevens: v.array(meldbaarGegevenSchema),
})
export type RegistratieKeuze = v.InferOutput<typeof registratieSchema>

export const registratiesSchema = v.object({ registraties: v.array(registratieSchema) })

export const bijlageSchema = v.object({
  id: v.string(),
  bestandsnaam: v.string(),
  formaat: v.picklist(['application/pdf', 'image/jpeg', 'image/png']),
  bestandsomvang: v.pipe(v.number(), v.integer(), v.minValue(1)),
})
export type Bijlage = v.InferOutput<typeof bijlageSchema>

export const contactBronhouderSchema = v.variant('gehad', [
  v.object({ gehad: v.literal(true), datum: isoDatum, antwoord: v.string() }),
  v.object({ gehad: v.literal(false) }),
])

export const contactvoorkeurSchema = v.variant('kanaal', [
  v.object({ kanaal: v.literal('email'), email: v.string() }),
  v.object({ kanaal: v.literal('telefoon'), telefoonnummer: v.string() }),
  v.object({ kanaal: v.literal('post') }),
])

/** POST /correctieverzoeken, with an Idempotency-Key. */
export interface NieuwCorrectieverzoek {
  gegeven: { id: string; huidigeWaarde: string }
  gewensteWaarde: string
  toelichting: string
  contactBronhouder: v.InferOutput<typeof contactBronhouderSchema>
  gevolgen: { omschrijving: string; opschortenGevraagd: boolean }
  bijlagen: string[]
  contactvoorkeur: v.InferOutput<typeof contactvoorkeurSchema>
}

export const correctieverzoekSchema = v.object({
  id: v.string(),
  /** What she quotes when she calls: "MFO-2026-000123". */
  referentie: v.string(),
  status: v.picklist(VERZOEK_STATUSSEN),
  resultaat: v.optional(v.picklist(RESULTATEN)),
  ingediendOp: isoTijdstip,
  afgerondOp: v.optional(isoTijdstip),
  /** Until this day (inclusive) a closed request can be reopened; absent while it runs, or when that is over. */
  heropenbaarTot: v.optional(isoDatum),
  gegeven: v.object({ ...meldbaarGegevenSchema.entries, bronhouder: v.string(), registratieNaam: v.string() }),
  gewensteWaarde: v.string(),
  toelichting: v.string(),
  contactBronhouder: contactBronhouderSchema,
  gevolgen: v.object({ omschrijving: v.string(), opschortenGevraagd: v.boolean() }),
  bijlagen: v.array(bijlageSchema),
  contactvoorkeur: contactvoorkeurSchema,
  heropeningen: v.array(v.object({ reden: v.string(), op: isoTijdstip })),
  /** The tracked zaak in Lopende zaken. */
  zaak: v.object({ uuid: v.string(), identificatie: v.string() }),
})
export type Correctieverzoek = v.InferOutput<typeof correctieverzoekSchema>

export const correctieverzoekenSchema = v.object({ correctieverzoeken: v.array(correctieverzoekSchema) })
