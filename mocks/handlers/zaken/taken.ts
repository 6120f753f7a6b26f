import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { backend } from '../../state/backend'
import type { OpgeslagenTaak } from '../../state/zaken/types'
import { taakJson, zaakinformatieobject } from '../../state/zaken/weergave'
import { apiPath } from '../api-path'
import { notFound, problem } from '../problem'
import { leesInvoer } from '../validatie'
import { leesBestand } from './bestand'
import { tekst } from './parameters'
import { zaakToegang } from './toegang'

type TaakParams = { uuid: string; taakId: string }

const Antwoord = v.strictObject({ tekst: tekst('uw antwoord') }, 'Stuur alleen { "tekst": "…" }.')

/** The task of the zaak, open and of the kind asked; otherwise the answer to give instead. */
function openTaak(taken: readonly OpgeslagenTaak[], id: string, soort: OpgeslagenTaak['soort']): OpgeslagenTaak | Response {
  const taak = taken.find((kandidaat) => kandidaat.id === id)
  if (!taak) return notFound('Deze taak bestaat niet (meer).')
  if (taak.afgerondOp !== undefined) return problem(409, 'Taak al gedaan', 'Deze taak is al afgerond. U hoeft niets meer te doen.', { code: 'taak-afgerond' })
  if (taak.soort !== soort) {
    const wat = soort === 'upload' ? 'Bij deze taak hoort geen bestand, maar een antwoord.' : 'Bij deze taak hoort een bestand, geen antwoord.'
    return problem(409, 'Andere taak', wat, { code: 'verkeerde-taak' })
  }
  return taak
}

/**
 * Tasks (no ZGW standard): POST …/taken/{id}/bestanden (multipart, the field `bestand`) and …/taken/{id}/antwoord
 * `{ tekst }`: the task is done at once and the history says so; an upload also lands on the zaak as a document.
 * POST /zaken/zaken/{uuid}/bestanden adds a document without a task (the attachments of a reactie).
 */
export const takenHandlers = [
  http.post<TaakParams>(apiPath('/zaken/zaken/:uuid/taken/:taakId/bestanden'), async ({ request, params }) => {
    const gevonden = await zaakToegang(request, params.uuid)
    if (gevonden instanceof Response) return gevonden
    const taak = openTaak(gevonden.zaak.taken, params.taakId, 'upload')
    if (taak instanceof Response) return taak
    const bestand = await leesBestand(request)
    if (!bestand.ok) return bestand.antwoord
    backend.zaken.voegDocumentToe(gevonden.zaak, bestand.waarde)
    backend.zaken.rondTaakAf(taak, { bestandsnaam: bestand.waarde.bestandsnaam })
    return HttpResponse.json(taakJson(taak), { status: 201 })
  }),

  http.post<TaakParams>(apiPath('/zaken/zaken/:uuid/taken/:taakId/antwoord'), async ({ request, params }) => {
    const gevonden = await zaakToegang(request, params.uuid)
    if (gevonden instanceof Response) return gevonden
    const invoer = await leesInvoer(request, Antwoord, 'Uw antwoord klopt niet.')
    if (!invoer.ok) return invoer.antwoord
    const taak = openTaak(gevonden.zaak.taken, params.taakId, 'vraag')
    if (taak instanceof Response) return taak
    backend.zaken.rondTaakAf(taak, { antwoord: invoer.waarde.tekst })
    return HttpResponse.json(taakJson(taak), { status: 201 })
  }),

  http.post<{ uuid: string }>(apiPath('/zaken/zaken/:uuid/bestanden'), async ({ request, params }) => {
    const gevonden = await zaakToegang(request, params.uuid)
    if (gevonden instanceof Response) return gevonden
    const bestand = await leesBestand(request)
    if (!bestand.ok) return bestand.antwoord
    const document = backend.zaken.voegDocumentToe(gevonden.zaak, bestand.waarde)
    return HttpResponse.json(zaakinformatieobject(document, bestand.waarde.bytes.byteLength), { status: 201 })
  }),
]
