import * as v from 'valibot'
import { bijlageSchema, correctieverzoekenSchema, correctieverzoekSchema, registratiesSchema } from '../../../src/features/mfo/mfo.schemas'
import { volgensContract } from '../contract'

/**
 * The MFO answers as the contract has them: the app's schemas plus what the mock promises beyond them (uuids,
 * the referentie's pattern), and nothing else: volgensContract fails on any other field.
 */
const uuid = v.pipe(v.string(), v.uuid())
const verzoekContract = v.object({
  ...correctieverzoekSchema.entries,
  id: uuid,
  referentie: v.pipe(v.string(), v.regex(/^MFO-\d{4}-\d{6}$/)),
  bijlagen: v.array(v.object({ ...bijlageSchema.entries, id: uuid })),
  zaak: v.object({ uuid, identificatie: v.pipe(v.string(), v.regex(/^MFO-\d{4}-\d{6}$/)) }),
})

export const leesRegistraties = (body: unknown) => volgensContract(registratiesSchema, registratiesSchema, body)
export const leesBijlage = (body: unknown) => volgensContract(bijlageSchema, v.object({ ...bijlageSchema.entries, id: uuid }), body)
export const leesVerzoek = (body: unknown) => volgensContract(correctieverzoekSchema, verzoekContract, body)
export const leesVerzoeken = (body: unknown) => volgensContract(correctieverzoekenSchema, v.object({ correctieverzoeken: v.array(verzoekContract) }), body)
