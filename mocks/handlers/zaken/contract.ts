import * as v from 'valibot'
import {
  historieRegelSchema,
  informatieobjectSchema,
  reactieRegelSchema,
  statusSchema,
  statustypeSchema,
  taakSchema,
  vraagRegelSchema,
  zaakinformatieobjectSchema,
  zaakSamenvattingSchema,
  zaakSchema,
  zaaktypeSchema,
  zaakVerwijzingSchema,
  zakenAantallenSchema,
  zakenLijstSchema,
  zakenWijzigingenSchema,
  type Bestandstype,
} from '../../../src/features/zaken/zaken.schemas'
import { volgensContract } from '../contract'

/**
 * The Zaken answers as the contract has them: the app's schemas (their entries, so a field the app adds is
 * here at once) plus what the mock promises beyond them (uuids, ZGW-style URLs, known media types), and
 * nothing else: volgensContract fails on any other field; the history's kinds are strict objects for the same reason.
 */
const uuid = v.pipe(v.string(), v.uuid())
const formaten = ['application/pdf', 'image/jpeg', 'image/png'] as const satisfies readonly Bestandstype[]
const catalogusUrl = (soort: string) => v.pipe(v.string(), v.regex(new RegExp(`^/api/catalogi/${soort}/[0-9a-f-]{36}$`)))

const samenvatting = v.object({ ...zaakSamenvattingSchema.entries, uuid })
const statustype = v.object({ ...statustypeSchema.entries, url: catalogusUrl('statustypen') })
const zaaktype = v.object({ ...zaaktypeSchema.entries, url: catalogusUrl('zaaktypen'), statustypen: v.array(statustype) })
const informatieobject = v.object({
  ...informatieobjectSchema.entries,
  uuid,
  formaat: v.picklist(formaten),
  inhoud: v.pipe(v.string(), v.regex(/^\/api\/documenten\/enkelvoudiginformatieobjecten\/[0-9a-f-]{36}\/download$/)),
})
export const zaakinformatieobjectContract = v.object({ ...zaakinformatieobjectSchema.entries, uuid, _expand: v.object({ informatieobject }) })
const [statusRegel, vraagRegel, antwoordRegel, taakRegel, reactieRegel] = historieRegelSchema.options
const historieRegel = v.variant('soort', [
  v.strictObject(statusRegel.entries),
  v.strictObject(vraagRegel.entries),
  v.strictObject(antwoordRegel.entries),
  v.strictObject(taakRegel.entries),
  v.strictObject(reactieRegel.entries),
])

export const zaakContract = v.object({
  ...zaakSchema.entries,
  ...samenvatting.entries,
  statussen: v.array(v.object({ ...statusSchema.entries, uuid, statustype: catalogusUrl('statustypen') })),
  taken: v.array(v.object({ ...taakSchema.entries, id: uuid })),
  historie: v.array(historieRegel),
  _expand: v.object({ zaaktype, zaakinformatieobjecten: v.array(zaakinformatieobjectContract) }),
})
const lijstContract = v.object({ ...zakenLijstSchema.entries, results: v.array(samenvatting) })
const wijzigingenContract = v.object({ ...zakenWijzigingenSchema.entries, zaken: v.array(samenvatting) })

/** An answer read as the app reads it, and checked for fields outside the contract. */
export const leesLijst = (body: unknown) => volgensContract(zakenLijstSchema, lijstContract, body)
export const leesAantallen = (body: unknown) => volgensContract(zakenAantallenSchema, zakenAantallenSchema, body)
export const leesWijzigingen = (body: unknown) => volgensContract(zakenWijzigingenSchema, wijzigingenContract, body)
export const leesZaak = (body: unknown) => volgensContract(zaakSchema, zaakContract, body)
export const leesTaak = (body: unknown) => volgensContract(taakSchema, v.object({ ...taakSchema.entries, id: uuid }), body)
export const leesVerwijzing = (body: unknown) => volgensContract(zaakVerwijzingSchema, v.object({ ...zaakVerwijzingSchema.entries, uuid }), body)
export const leesVraag = (body: unknown) => volgensContract(vraagRegelSchema, v.strictObject(vraagRegelSchema.entries), body)
export const leesReactie = (body: unknown) => volgensContract(reactieRegelSchema, v.strictObject(reactieRegelSchema.entries), body)
export const leesDocument = (body: unknown) => volgensContract(zaakinformatieobjectSchema, zaakinformatieobjectContract, body)

/** GET /__mock/zaken?bsn= (DESIGN.md §6). */
export const mockZakenSchema = v.array(v.strictObject({ id: uuid, identificatie: v.string(), omschrijving: v.string(), organisatie: v.string(), status: v.string() }))
