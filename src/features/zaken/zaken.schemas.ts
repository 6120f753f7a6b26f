import * as v from 'valibot'

/**
 * Lopende zaken (issue 8) as the app reads them. Shaped after the ZGW Zaken, Catalogi and Documenten APIs
 * (ZAAK, STATUS, STATUSTYPE, ZAAKINFORMATIEOBJECT, ENKELVOUDIGINFORMATIEOBJECT, `_expand`, the paginated
 * `count/next/previous/results`), under /api/zaken and /api/documenten. Fields the portal adds are marked
 * "portal"; tasks, questions, reacties and live changes have no ZGW standard and follow the REST style of
 * DESIGN.md §7 (table in the README). Dates are yyyy-mm-dd, moments ISO 8601. A value ZGW makes `null`
 * (einddatum of an open zaak) is left out. Checked once, here; the rest of the feature trusts these types.
 */

/** Uploads: at most this many bytes per file (the mock answers 413 beyond it); the app checks it first. */
export const MAX_BESTAND_BYTES = 10_000_000
/** The types a person may upload, with the extensions that fit them. The mock checks the content (magic bytes), not only the name: anything else is 415. */
export const BESTANDSTYPEN = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
} as const satisfies Record<string, readonly string[]>
export type Bestandstype = keyof typeof BESTANDSTYPEN
/** Uploads are multipart/form-data with the file in this field. */
export const BESTAND_VELD = 'bestand'
/** A question, an answer to a task or a reactie: 1 to this many characters (after trimming), else 400 with invalidParams. */
export const MAX_TEKST_TEKENS = 2000
/** A reactie carries at most this many documents. */
export const MAX_REACTIE_BIJLAGEN = 5
/** The list pages 20 at a time by default, at most 100 (`pageSize`). */
export const ZAKEN_PAGINAGROOTTE = 20
export const MAX_ZAKEN_PAGINAGROOTTE = 100

/** The list filter `status=`: open zaken, or those with an eindstatus. */
export const ZAAK_FILTERS = ['open', 'gesloten'] as const
export type ZaakFilter = (typeof ZAAK_FILTERS)[number]
export const TAAK_SOORTEN = ['upload', 'vraag'] as const
export const TAAK_STATUSSEN = ['open', 'afgerond'] as const

const isoDatum = v.pipe(v.string(), v.isoDate())
const isoTijdstip = v.pipe(v.string(), v.check((value) => !Number.isNaN(Date.parse(value)), 'geen tijdstip'))
const aantal = v.pipe(v.number(), v.integer(), v.minValue(0))

/** Portal: the current STATUS with its STATUSTYPE, in plain words (ZGW: `_expand.status._expand.statustype`). */
const huidigeStatusSchema = v.object({
  /** STATUSTYPE.omschrijving: the name of the step, "Aanvraag wordt beoordeeld". */
  omschrijving: v.string(),
  /** STATUSTYPE.statustekst: what it means for the person, "We kijken of u een vergunning kunt krijgen." */
  statustekst: v.string(),
  datumStatusGezet: isoTijdstip,
})

/** One zaak in the list: ZAAK fields plus what the list shows. */
export const zaakSamenvattingSchema = v.object({
  uuid: v.string(),
  identificatie: v.string(),
  omschrijving: v.string(),
  startdatum: isoDatum,
  /** Set once the zaak reached its eindstatus. */
  einddatum: v.optional(isoDatum),
  /** When the organisation expects to be done. */
  einddatumGepland: v.optional(isoDatum),
  /** The last day the law allows (uiterlijkeEinddatumAfdoening). */
  uiterlijkeEinddatumAfdoening: v.optional(isoDatum),
  /** Portal: the name of the organisation that handles the zaak (ZGW has only its RSIN). */
  organisatie: v.string(),
  huidigeStatus: huidigeStatusSchema,
  /** Portal: the last change the person can see (status, document, task, question, answer); the list is sorted by it, newest first. */
  bijgewerktOp: isoTijdstip,
  /** Portal: open tasks for the person; `actieNodig` is `takenOpen > 0`. */
  takenOpen: aantal,
  actieNodig: v.boolean(),
  /** Portal: the zaak reached its eindstatus (then `einddatum` is set). */
  isAfgesloten: v.boolean(),
})

/** GET /api/zaken/zaken: ZGW's paginated list; `next`/`previous` are paths with the same filters, or null. */
export const zakenLijstSchema = v.object({
  count: aantal,
  next: v.nullable(v.string()),
  previous: v.nullable(v.string()),
  results: v.array(zaakSamenvattingSchema),
  /** Portal: every organisation among the person's zaken (within a machtiging: those it covers), A to Z, for the filter. */
  organisaties: v.array(v.string()),
})

/** GET /api/zaken/_aantallen, for the overview card and the badge. */
export const zakenAantallenSchema = v.object({ open: aantal, takenOpen: aantal })

/** GET /api/zaken/_wijzigingen?sinds=: the zaken changed after `sinds`, and `nu` to pass as the next `sinds`. */
export const zakenWijzigingenSchema = v.object({
  nu: isoTijdstip,
  zaken: v.array(zaakSamenvattingSchema),
  aantallen: zakenAantallenSchema,
})

/** STATUSTYPE (Catalogi API): one step of the zaaktype. */
export const statustypeSchema = v.object({
  url: v.string(),
  omschrijving: v.string(),
  statustekst: v.string(),
  /** ZGW optional, always filled here: what happens in this step and what the person can expect (B1). */
  toelichting: v.string(),
  volgnummer: v.pipe(v.number(), v.integer(), v.minValue(1)),
  isEindstatus: v.boolean(),
})

/** ZAAKTYPE (Catalogi API) with its statustypen in place, by volgnummer (ZGW lists only their URLs). */
export const zaaktypeSchema = v.object({
  url: v.string(),
  identificatie: v.string(),
  omschrijving: v.string(),
  statustypen: v.array(statustypeSchema),
})

/** STATUS (Zaken API): a step the zaak reached. `statustype` is the URL of one of the zaaktype's statustypen. */
export const statusSchema = v.object({
  uuid: v.string(),
  statustype: v.string(),
  datumStatusGezet: isoTijdstip,
  statustoelichting: v.optional(v.string()),
})

/** ENKELVOUDIGINFORMATIEOBJECT (Documenten API): the document's metadata. */
export const informatieobjectSchema = v.object({
  uuid: v.string(),
  titel: v.string(),
  bestandsnaam: v.string(),
  /** The media type: application/pdf, image/jpeg or image/png. */
  formaat: v.string(),
  /** Bytes. */
  bestandsomvang: aantal,
  creatiedatum: isoDatum,
  /** ZGW: where the content is: /api/documenten/enkelvoudiginformatieobjecten/{uuid}/download (with the bearer token). */
  inhoud: v.string(),
})

/** ZAAKINFORMATIEOBJECT (Zaken API) with its informatieobject expanded. */
export const zaakinformatieobjectSchema = v.object({
  uuid: v.string(),
  titel: v.string(),
  registratiedatum: isoTijdstip,
  /** Portal: who put it on the zaak: the organisation, or the person (an upload). */
  toegevoegdDoor: v.picklist(['organisatie', 'u']),
  _expand: v.object({ informatieobject: informatieobjectSchema }),
})

/** Portal: a task for the person (no ZGW standard). `vraag` only for soort 'vraag'; `antwoord` once answered. */
export const taakSchema = v.object({
  id: v.string(),
  soort: v.picklist(TAAK_SOORTEN),
  /** "Stuur een kopie van uw huurcontract": the app adds "vóór <deadline>" itself. */
  omschrijving: v.string(),
  deadline: v.optional(isoDatum),
  status: v.picklist(TAAK_STATUSSEN),
  vraag: v.optional(v.string()),
  antwoord: v.optional(v.string()),
  afgerondOp: v.optional(isoTijdstip),
  /** The letter in the Berichtenbox this task came with ("Reageren" there marks it done). */
  berichtId: v.optional(v.string()),
})

const statusRegelSchema = v.object({ soort: v.literal('status'), id: v.string(), tijdstip: isoTijdstip, omschrijving: v.string(), statustekst: v.string() })
/** A question the person asked (POST …/vragen answers with this line). */
export const vraagRegelSchema = v.object({ soort: v.literal('vraag'), id: v.string(), tijdstip: isoTijdstip, tekst: v.string() })
/** The organisation's answer to question `vraagId`. */
const antwoordRegelSchema = v.object({ soort: v.literal('antwoord'), id: v.string(), tijdstip: isoTijdstip, tekst: v.string(), vraagId: v.string() })
/** A task done: with the name of the file sent, or the answer given. */
const taakRegelSchema = v.object({
  soort: v.literal('taak'),
  id: v.string(),
  tijdstip: isoTijdstip,
  taakId: v.string(),
  omschrijving: v.string(),
  bestandsnaam: v.optional(v.string()),
  antwoord: v.optional(v.string()),
})
/** A reactie to a letter ("Reageren"), with the names of its documents (POST …/reacties answers with this line). */
export const reactieRegelSchema = v.object({
  soort: v.literal('reactie'),
  id: v.string(),
  tijdstip: isoTijdstip,
  berichtId: v.string(),
  tekst: v.string(),
  bijlagen: v.array(v.string()),
})

/** Portal: the case history, newest first: status changes, questions and answers, done tasks, reacties. */
export const historieRegelSchema = v.variant('soort', [statusRegelSchema, vraagRegelSchema, antwoordRegelSchema, taakRegelSchema, reactieRegelSchema])

/** Portal: the organisation that handles the zaak and how to reach it. */
export const behandelaarSchema = v.object({ naam: v.string(), telefoon: v.string(), website: v.pipe(v.string(), v.url()) })

/**
 * GET /api/zaken/zaken/{uuid}: one answer with everything the detail shows. ZGW fields, `_expand` with the
 * zaaktype (its statustypen: the timeline) and the documents, and the portal's behandelaar, taken, berichten
 * (letters in the Berichtenbox that belong to this zaak) and historie.
 */
export const zaakSchema = v.object({
  ...zaakSamenvattingSchema.entries,
  toelichting: v.optional(v.string()),
  /** Portal: the outcome in plain words once the zaak is closed ("Vergunning verleend"). */
  resultaat: v.optional(v.string()),
  behandelaar: behandelaarSchema,
  /** Every status reached so far, oldest first (ZGW: GET /statussen?zaak=). */
  statussen: v.array(statusSchema),
  taken: v.array(taakSchema),
  berichten: v.array(v.object({ berichtId: v.string(), onderwerp: v.string() })),
  historie: v.array(historieRegelSchema),
  _expand: v.object({
    zaaktype: zaaktypeSchema,
    zaakinformatieobjecten: v.array(zaakinformatieobjectSchema),
  }),
})

/** GET /api/zaken/_voor-bericht/{berichtId}: the zaak a letter belongs to (404 when none). */
export const zaakVerwijzingSchema = v.object({ uuid: v.string(), identificatie: v.string(), omschrijving: v.string() })

export type ZaakSamenvatting = v.InferOutput<typeof zaakSamenvattingSchema>
export type ZakenLijst = v.InferOutput<typeof zakenLijstSchema>
export type ZakenAantallen = v.InferOutput<typeof zakenAantallenSchema>
export type ZakenWijzigingen = v.InferOutput<typeof zakenWijzigingenSchema>
export type Statustype = v.InferOutput<typeof statustypeSchema>
export type Status = v.InferOutput<typeof statusSchema>
export type Zaaktype = v.InferOutput<typeof zaaktypeSchema>
export type Informatieobject = v.InferOutput<typeof informatieobjectSchema>
export type Zaakinformatieobject = v.InferOutput<typeof zaakinformatieobjectSchema>
export type Taak = v.InferOutput<typeof taakSchema>
export type HistorieRegel = v.InferOutput<typeof historieRegelSchema>
export type VraagRegel = v.InferOutput<typeof vraagRegelSchema>
export type ReactieRegel = v.InferOutput<typeof reactieRegelSchema>
export type Behandelaar = v.InferOutput<typeof behandelaarSchema>
export type Zaak = v.InferOutput<typeof zaakSchema>
export type ZaakVerwijzing = v.InferOutput<typeof zaakVerwijzingSchema>
