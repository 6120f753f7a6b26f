import * as v from 'valibot'

/**
 * What the registries answer, as the Gegevens feature reads it. BRP follows Haal Centraal BRP Personen
 * Bevragen v2 and Verblijfplaatshistorie; the other sources have no public spec and follow the REST style of
 * DESIGN.md §7 (documented in the README). Checked once, here; the rest of the feature trusts these types.
 */

const isoDatum = v.pipe(v.string(), v.isoDate())
const isoTijdstip = v.pipe(v.string(), v.check((value) => !Number.isNaN(Date.parse(value)), 'geen tijdstip'))

/** A BRP date: complete, year and month, year only, or unknown (AbstractDatum with its discriminator). */
export const brpDatumSchema = v.variant('type', [
  v.object({ type: v.literal('Datum'), datum: isoDatum, langFormaat: v.string() }),
  v.object({ type: v.literal('JaarMaandDatum'), jaar: v.number(), maand: v.number(), langFormaat: v.string() }),
  v.object({ type: v.literal('JaarDatum'), jaar: v.number(), langFormaat: v.string() }),
  v.object({ type: v.literal('DatumOnbekend'), onbekend: v.optional(v.boolean()), langFormaat: v.string() }),
])

const waardetabel = v.object({ code: v.optional(v.string()), omschrijving: v.optional(v.string()) })

const naamSchema = v.object({
  voornamen: v.optional(v.string()),
  voorvoegsel: v.optional(v.string()),
  geslachtsnaam: v.optional(v.string()),
})

const geboorteSchema = v.object({
  datum: v.optional(brpDatumSchema),
  plaats: v.optional(waardetabel),
  land: v.optional(waardetabel),
})

export const verblijfadresSchema = v.object({
  officieleStraatnaam: v.optional(v.string()),
  huisnummer: v.optional(v.number()),
  huisletter: v.optional(v.string()),
  huisnummertoevoeging: v.optional(v.string()),
  postcode: v.optional(v.string()),
  woonplaats: v.optional(v.string()),
})

const verblijfplaatsSchema = v.object({
  type: v.string(),
  verblijfadres: v.optional(verblijfadresSchema),
  datumVan: v.optional(brpDatumSchema),
})

const gerelateerdeSchema = v.object({
  burgerservicenummer: v.optional(v.string()),
  naam: v.optional(naamSchema),
  geboorte: v.optional(geboorteSchema),
})

const partnerSchema = v.object({
  ...gerelateerdeSchema.entries,
  soortVerbintenis: v.optional(waardetabel),
  aangaanHuwelijkPartnerschap: v.optional(v.object({ datum: v.optional(brpDatumSchema), plaats: v.optional(waardetabel) })),
})

const gezagSchema = v.object({
  type: v.string(),
  minderjarige: v.object({ burgerservicenummer: v.string() }),
})

const nationaliteitSchema = v.object({ type: v.string(), nationaliteit: v.optional(waardetabel) })

export const brpPersoonSchema = v.object({
  burgerservicenummer: v.optional(v.string()),
  naam: v.optional(naamSchema),
  geboorte: v.optional(geboorteSchema),
  geslacht: v.optional(waardetabel),
  nationaliteiten: v.optional(v.array(nationaliteitSchema)),
  verblijfplaats: v.optional(verblijfplaatsSchema),
  gemeenteVanInschrijving: v.optional(waardetabel),
  partners: v.optional(v.array(partnerSchema)),
  kinderen: v.optional(v.array(gerelateerdeSchema)),
  ouders: v.optional(v.array(gerelateerdeSchema)),
  gezag: v.optional(v.array(gezagSchema)),
})

export const brpPersonenSchema = v.object({
  type: v.literal('RaadpleegMetBurgerservicenummer'),
  personen: v.array(brpPersoonSchema),
})

/** Haal Centraal Verblijfplaatshistorie: every address in a period, newest first. */
export const verblijfplaatshistorieSchema = v.object({
  verblijfplaatsen: v.array(
    v.object({
      type: v.string(),
      verblijfadres: v.optional(verblijfadresSchema),
      datumVan: v.optional(brpDatumSchema),
      datumTot: v.optional(brpDatumSchema),
      gemeenteVanInschrijving: v.optional(waardetabel),
    }),
  ),
})

/** Who keeps the data of a source, how to reach them, and when that data last changed there. */
export const bronSchema = v.object({
  organisatie: v.string(),
  telefoon: v.string(),
  website: v.pipe(v.string(), v.url()),
  bijgewerktOp: isoTijdstip,
})

export const voertuigenSchema = v.object({
  bron: bronSchema,
  voertuigen: v.array(
    v.object({
      kenteken: v.string(),
      merk: v.string(),
      handelsbenaming: v.optional(v.string()),
      voertuigsoort: v.string(),
      kleur: v.optional(v.string()),
      datumEersteToelating: v.optional(isoDatum),
      datumTenaamstelling: isoDatum,
      vervaldatumApk: v.optional(isoDatum),
    }),
  ),
})

export const onroerendeZakenSchema = v.object({
  bron: bronSchema,
  onroerendeZaken: v.array(
    v.object({
      kadastraleAanduiding: v.string(),
      adres: verblijfadresSchema,
      soortRecht: v.string(),
      aandeel: v.optional(v.string()),
      wozWaarden: v.array(
        v.object({
          peildatum: isoDatum,
          belastingjaar: v.pipe(v.number(), v.integer()),
          waarde: v.pipe(v.number(), v.minValue(0)),
          vastgesteldDoor: v.string(),
        }),
      ),
    }),
  ),
})

export const diplomasSchema = v.object({
  bron: bronSchema,
  diplomas: v.array(
    v.object({
      opleiding: v.string(),
      niveau: v.optional(v.string()),
      onderwijsinstelling: v.string(),
      datumBehaald: isoDatum,
    }),
  ),
})

export const inkomensSchema = v.object({
  bron: bronSchema,
  inkomens: v.array(
    v.object({
      belastingjaar: v.pipe(v.number(), v.integer()),
      verzamelinkomen: v.number(),
      definitief: v.boolean(),
    }),
  ),
})

/** One use of the person's data: who, which data, when, why and on what legal ground. */
export const gebruikSchema = v.object({
  id: v.string(),
  tijdstip: isoTijdstip,
  organisatie: v.string(),
  gegevens: v.array(v.string()),
  doel: v.string(),
  grondslag: v.string(),
  /** The person who acted on the owner's behalf (a gemachtigde), when that was the case. */
  gemachtigde: v.optional(v.string()),
  toestemmingId: v.optional(v.string()),
})

export const gebruikLijstSchema = v.object({
  gebruik: v.array(gebruikSchema),
  /** Every organisation in this person's log, for the filter (not only those on this page). */
  organisaties: v.array(v.string()),
  pagina: v.pipe(v.number(), v.integer(), v.minValue(1)),
  paginaGrootte: v.pipe(v.number(), v.integer(), v.minValue(1)),
  totaal: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

export const TOESTEMMING_STATUSSEN = ['actief', 'verlopen', 'ingetrokken'] as const

export const toestemmingSchema = v.object({
  id: v.string(),
  ontvanger: v.object({ naam: v.string(), soort: v.string() }),
  gegevens: v.array(v.string()),
  doel: v.string(),
  vanaf: isoDatum,
  tot: isoDatum,
  status: v.picklist(TOESTEMMING_STATUSSEN),
  ingetrokkenOp: v.optional(isoTijdstip),
  laatstGedeeldOp: v.optional(isoTijdstip),
})

export const toestemmingenSchema = v.object({ toestemmingen: v.array(toestemmingSchema) })

export type BrpDatum = v.InferOutput<typeof brpDatumSchema>
export type BrpPersoon = v.InferOutput<typeof brpPersoonSchema>
export type Verblijfadres = v.InferOutput<typeof verblijfadresSchema>
export type Verblijfplaatshistorie = v.InferOutput<typeof verblijfplaatshistorieSchema>
export type Bron = v.InferOutput<typeof bronSchema>
export type Voertuigen = v.InferOutput<typeof voertuigenSchema>
export type OnroerendeZaken = v.InferOutput<typeof onroerendeZakenSchema>
export type Diplomas = v.InferOutput<typeof diplomasSchema>
export type Inkomens = v.InferOutput<typeof inkomensSchema>
export type Gebruik = v.InferOutput<typeof gebruikSchema>
export type GebruikLijst = v.InferOutput<typeof gebruikLijstSchema>
export type Toestemming = v.InferOutput<typeof toestemmingSchema>
