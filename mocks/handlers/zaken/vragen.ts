import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { MAX_REACTIE_BIJLAGEN } from '../../../src/features/zaken/zaken.schemas'
import { backend } from '../../state/backend'
import type { OpgeslagenDocument } from '../../state/zaken/types'
import { apiPath } from '../api-path'
import { badRequest } from '../problem'
import { leesInvoer, type InvalidParam } from '../validatie'
import { tekst } from './parameters'
import { authorize } from '../authorize'
import { zaakToegang } from './toegang'

type ZaakParams = { uuid: string }

const Vraag = v.strictObject({ tekst: tekst('uw vraag') }, 'Stuur alleen { "tekst": "…" }.')
const Reactie = v.strictObject(
  {
    berichtId: v.pipe(v.string('Kies de brief waarop u reageert.'), v.minLength(1, 'Kies de brief waarop u reageert.'), v.maxLength(100)),
    tekst: tekst('uw reactie'),
    bijlagen: v.optional(v.pipe(v.array(v.string('Geef het document op.')), v.maxLength(MAX_REACTIE_BIJLAGEN, `Stuur hoogstens ${MAX_REACTIE_BIJLAGEN} bijlagen mee.`)), []),
  },
  'Stuur { "berichtId", "tekst", "bijlagen"? }.',
)

/**
 * POST /zaken/zaken/{uuid}/vragen `{ tekst }`: a question about the zaak; the answer shows in the history
 * 30 seconds later (mock clock). POST …/reacties `{ berichtId, tekst, bijlagen? }`: a reactie to a letter of
 * this zaak, with documents uploaded to the zaak before (their uuids); the tasks of that letter are done.
 * An Idempotency-Key makes a double submit one question (mocks/http/idempotency.ts).
 */
export const vraagHandlers = [
  http.post<ZaakParams>(apiPath('/zaken/zaken/:uuid/vragen'), async ({ request, params }) => {
    const gevonden = await zaakToegang(request, params.uuid)
    if (gevonden instanceof Response) return gevonden
    const invoer = await leesInvoer(request, Vraag, 'Uw vraag klopt niet.')
    if (!invoer.ok) return invoer.antwoord
    const vraag = backend.zaken.stelVraag(gevonden.zaak, invoer.waarde.tekst)
    return HttpResponse.json({ soort: 'vraag', id: vraag.id, tijdstip: new Date(vraag.gesteldOp).toISOString(), tekst: vraag.tekst }, { status: 201 })
  }),

  http.post<ZaakParams>(apiPath('/zaken/zaken/:uuid/reacties'), async ({ request, params }) => {
    const gevonden = await zaakToegang(request, params.uuid)
    if (gevonden instanceof Response) return gevonden
    const invoer = await leesInvoer(request, Reactie, 'Uw reactie klopt niet.')
    if (!invoer.ok) return invoer.antwoord
    const { zaak } = gevonden
    const { berichtId, tekst: reactieTekst, bijlagen } = invoer.waarde
    // Reacting to a letter is for someone who may read it: for a gemachtigde, post of that afzender must be covered.
    const brief = gevonden.toegang.namens ? backend.berichtenbox.berichten.vind(gevonden.toegang.bsn, berichtId, 'alle') : undefined
    if (brief) {
      const magLezen = await authorize(request, { onderdeel: 'berichten', organisatie: brief.afzender })
      if (magLezen instanceof Response) return magLezen
    }
    const fouten: InvalidParam[] = []
    if (!zaak.berichtIds.includes(berichtId)) fouten.push({ name: 'berichtId', code: 'onbekend', reason: 'Deze brief hoort niet bij deze zaak.' })
    const documenten = bijlagen.flatMap((uuid, index): OpgeslagenDocument[] => {
      const document = zaak.documenten.find((kandidaat) => kandidaat.uuid === uuid && kandidaat.toegevoegdDoor === 'u')
      if (!document) fouten.push({ name: `bijlagen.${index}`, code: 'onbekend', reason: 'Dit document staat niet bij deze zaak. Stuur het eerst.' })
      return document ? [document] : []
    })
    if (fouten.length > 0) return badRequest('Uw reactie klopt niet.', fouten)
    const reactie = backend.zaken.reageer(zaak, berichtId, reactieTekst, documenten)
    return HttpResponse.json(
      { soort: 'reactie', id: reactie.id, tijdstip: new Date(reactie.verstuurdOp).toISOString(), berichtId, tekst: reactie.tekst, bijlagen: reactie.bijlagen },
      { status: 201 },
    )
  }),
]
