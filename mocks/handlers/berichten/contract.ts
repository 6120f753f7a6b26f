import * as v from 'valibot'
import {
  BERICHT_TYPES,
  berichtSamenvattingSchema,
  berichtSchema,
  berichtenLijstSchema,
  bijlageSchema,
} from '../../../src/features/berichten/berichten.schemas'
import { volgensContract } from '../contract'

/**
 * The Berichtenbox answers as the contract has them: the app's schemas (their entries, so a field the app
 * adds or changes is here at once), plus the FBS fields the app does not read, and a few promises of the
 * mock that are stricter than what the app needs (uuids, known types).
 */
const link = v.object({ href: v.string() })

export const berichtSamenvattingContract = v.object({
  ...berichtSamenvattingSchema.entries,
  berichtId: v.pipe(v.string(), v.uuid()),
  type: v.picklist(BERICHT_TYPES),
  magazijnId: v.pipe(v.string(), v.regex(/^\d{20}$/)),
  _links: v.object({ self: link }),
})

const bijlageContract = v.object({
  ...bijlageSchema.entries,
  bijlageId: v.pipe(v.string(), v.uuid()),
  mimeType: v.literal('application/pdf'),
  grootteInBytes: v.number(),
  _links: v.object({ self: link }),
})

export const berichtContract = v.object({
  ...berichtSchema.entries,
  ...berichtSamenvattingContract.entries,
  bijlagen: v.array(bijlageContract),
})

export const berichtenLijstContract = v.object({
  ...berichtenLijstSchema.entries,
  berichten: v.array(berichtSamenvattingContract),
  _links: v.object({ self: link, next: v.optional(link), prev: v.optional(link) }),
})

/** An answer read as the app reads it, and checked for fields outside the contract. */
export const leesBericht = (body: unknown) => volgensContract(berichtSchema, berichtContract, body)
export const leesLijst = (body: unknown) => volgensContract(berichtenLijstSchema, berichtenLijstContract, body)
