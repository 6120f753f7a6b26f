import * as v from 'valibot'
import {
  brpPersonenSchema,
  brpPersoonSchema,
  diplomasSchema,
  gebruikLijstSchema,
  gebruikSchema,
  inkomensSchema,
  onroerendeZakenSchema,
  toestemmingSchema,
  toestemmingenSchema,
  verblijfplaatshistorieSchema,
  voertuigenSchema,
} from '../../../src/features/gegevens/gegevens.schemas'
import { volgensContract } from '../contract'

/**
 * The Gegevens answers as the contract has them: the app's schemas (their entries, so a field the app adds
 * is here at once), the BRP fields of the spec the app does not read, and what the mock promises beyond
 * that (uuids, BRP dates exactly as the spec has them, with langFormaat in its pattern).
 */
const langFormaat = v.pipe(v.string(), v.regex(/^[a-z0-9 ]{1,17}$/))
const datum = v.variant('type', [
  v.strictObject({ type: v.literal('Datum'), datum: v.pipe(v.string(), v.isoDate()), langFormaat }),
  v.strictObject({ type: v.literal('JaarMaandDatum'), jaar: v.number(), maand: v.number(), langFormaat }),
  v.strictObject({ type: v.literal('JaarDatum'), jaar: v.number(), langFormaat }),
  v.strictObject({ type: v.literal('DatumOnbekend'), onbekend: v.literal(true), langFormaat }),
])

const waarde = v.object({ code: v.optional(v.string()), omschrijving: v.optional(v.string()) })
const persoon = brpPersoonSchema.entries
const geboorte = v.object({ ...persoon.geboorte.wrapped.entries, datum: v.optional(datum) })
const naamGerelateerde = v.object({ ...persoon.naam.wrapped.entries, voorletters: v.optional(v.string()) })
const gerelateerde = { burgerservicenummer: v.optional(v.string()), naam: v.optional(naamGerelateerde), geboorte: v.optional(geboorte) }
const partner = persoon.partners.wrapped.item.entries
const verblijfplaats = persoon.verblijfplaats.wrapped.entries
const gezagPersoon = v.object({ burgerservicenummer: v.optional(v.string()), naam: v.optional(v.object({ volledigeNaam: v.optional(v.string()) })) })

export const brpPersoonContract = v.object({
  ...persoon,
  leeftijd: v.optional(v.number()),
  naam: v.optional(v.object({ ...naamGerelateerde.entries, volledigeNaam: v.optional(v.string()) })),
  geboorte: v.optional(geboorte),
  verblijfplaats: v.optional(v.object({ ...verblijfplaats, type: v.literal('Adres'), datumVan: v.optional(datum) })),
  adressering: v.optional(
    v.object({
      aanhef: v.optional(v.string()),
      aanschrijfwijze: v.optional(v.object({ naam: v.optional(v.string()) })),
      gebruikInLopendeTekst: v.optional(v.string()),
      adresregel1: v.optional(v.string()),
      adresregel2: v.optional(v.string()),
    }),
  ),
  partners: v.optional(
    v.array(v.object({ ...partner, ...gerelateerde, aangaanHuwelijkPartnerschap: v.optional(v.object({ ...partner.aangaanHuwelijkPartnerschap.wrapped.entries, datum: v.optional(datum), land: v.optional(waarde) })) })),
  ),
  kinderen: v.optional(v.array(v.object(gerelateerde))),
  ouders: v.optional(v.array(v.object({ ...gerelateerde, ouderAanduiding: v.optional(v.picklist(['1', '2'])) }))),
  gezag: v.optional(
    v.array(
      v.object({
        type: v.picklist(['GezamenlijkOuderlijkGezag', 'EenhoofdigOuderlijkGezag']),
        minderjarige: v.object({ ...gezagPersoon.entries, burgerservicenummer: v.string(), leeftijd: v.optional(v.number()) }),
        ouders: v.optional(v.array(gezagPersoon)),
        ouder: v.optional(gezagPersoon),
      }),
    ),
  ),
})

const brpPersonenContract = v.object({ ...brpPersonenSchema.entries, personen: v.array(brpPersoonContract) })

const historieItem = verblijfplaatshistorieSchema.entries.verblijfplaatsen.item.entries
const historieContract = v.object({
  verblijfplaatsen: v.array(v.object({ ...historieItem, type: v.literal('Adres'), datumVan: v.optional(datum), datumTot: v.optional(datum) })),
})

const gebruikContract = v.object({
  ...gebruikSchema.entries,
  id: v.pipe(v.string(), v.uuid()),
  gegevens: v.pipe(v.array(v.string()), v.minLength(1)),
  toestemmingId: v.optional(v.pipe(v.string(), v.uuid())),
})
const gebruikLijstContract = v.object({ ...gebruikLijstSchema.entries, gebruik: v.array(gebruikContract) })
const toestemmingContract = v.object({ ...toestemmingSchema.entries, id: v.pipe(v.string(), v.uuid()) })

/** Answers read as the app reads them, and checked for fields outside the contract. */
export const leesPersonen = (body: unknown) => volgensContract(brpPersonenSchema, brpPersonenContract, body)
export const leesHistorie = (body: unknown) => volgensContract(verblijfplaatshistorieSchema, historieContract, body)
export const leesVoertuigen = (body: unknown) => volgensContract(voertuigenSchema, voertuigenSchema, body)
export const leesOnroerendeZaken = (body: unknown) => volgensContract(onroerendeZakenSchema, onroerendeZakenSchema, body)
export const leesDiplomas = (body: unknown) => volgensContract(diplomasSchema, diplomasSchema, body)
export const leesInkomens = (body: unknown) => volgensContract(inkomensSchema, inkomensSchema, body)
export const leesGebruik = (body: unknown) => volgensContract(gebruikLijstSchema, gebruikLijstContract, body)
export const leesGebruikRegels = (body: unknown) => volgensContract(v.array(gebruikSchema), v.array(gebruikContract), body)
export const leesToestemmingen = (body: unknown) => volgensContract(toestemmingenSchema, v.object({ toestemmingen: v.array(toestemmingContract) }), body)
export const leesToestemming = (body: unknown) => volgensContract(toestemmingSchema, toestemmingContract, body)
