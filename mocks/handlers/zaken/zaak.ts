import { http, HttpResponse } from 'msw'
import { backend } from '../../state/backend'
import { valtBinnen } from '../../state/vertegenwoordiging'
import { detail } from '../../state/zaken/weergave'
import { apiPath } from '../api-path'
import { notFound } from '../problem'
import { documentToegang, zaakToegang, zakenToegang } from './toegang'

type ZaakParams = { uuid: string }

/**
 * GET /zaken/zaken/{uuid}: the whole zaak in one answer (zaaktype and documents in `_expand`; there is no
 * `expand` parameter to pass). GET /zaken/_voor-bericht/{berichtId}: the zaak a letter belongs to.
 * GET /documenten/enkelvoudiginformatieobjecten/{uuid}/download: a document's bytes (ZGW Documenten).
 */
export const zaakHandlers = [
  http.get<ZaakParams>(apiPath('/zaken/zaken/:uuid'), async ({ request, params }) => {
    const gevonden = await zaakToegang(request, params.uuid)
    if (gevonden instanceof Response) return gevonden
    const { toegang, zaak } = gevonden
    // Sizes are those of the real files: PDFs are made (once) before answering.
    const grootten = new Map(
      await Promise.all(zaak.documenten.map(async (document) => [document.uuid, (await backend.zaken.inhoud(toegang.bsn, zaak, document)).byteLength] as const)),
    )
    // The letters of the zaak only as far as the machtiging covers post from their afzender.
    const berichten = backend.zaken
      .berichtenVan(toegang.bsn, zaak)
      .filter((bericht) => !toegang.namens || valtBinnen(toegang.namens.bereik.berichten, bericht.afzender))
      .map(({ berichtId, onderwerp }) => ({ berichtId, onderwerp }))
    return HttpResponse.json(detail(zaak, backend.clock.now().getTime(), { grootten, berichten }))
  }),

  http.get<{ berichtId: string }>(apiPath('/zaken/_voor-bericht/:berichtId'), async ({ request, params }) => {
    const gevonden = await zakenToegang(request)
    if (gevonden instanceof Response) return gevonden
    const bericht = backend.berichtenbox.berichten.vind(gevonden.toegang.bsn, params.berichtId, 'alle')
    const namens = gevonden.toegang.namens
    const zaak = bericht && (!namens || valtBinnen(namens.bereik.berichten, bericht.afzender))
      ? backend.zaken.zaken(gevonden.toegang.bsn).find((kandidaat) => kandidaat.berichtIds.includes(params.berichtId) && gevonden.zichtbaar(kandidaat.zaaktype))
      : undefined
    if (!zaak) return notFound('Dit bericht hoort niet bij een zaak.')
    return HttpResponse.json({ uuid: zaak.uuid, identificatie: zaak.identificatie, omschrijving: zaak.omschrijving })
  }),

  http.get<ZaakParams>(apiPath('/documenten/enkelvoudiginformatieobjecten/:uuid/download'), async ({ request, params }) => {
    const gevonden = await documentToegang(request, params.uuid)
    if (gevonden instanceof Response) return gevonden
    const { toegang, zaak, document } = gevonden
    const bytes = await backend.zaken.inhoud(toegang.bsn, zaak, document)
    return new HttpResponse(new Uint8Array(bytes), {
      headers: {
        // The type the content has (checked on upload), never what a name claims.
        'Content-Type': document.formaat,
        'Content-Disposition': bijlageHeader(document.bestandsnaam),
        'Content-Length': String(bytes.byteLength),
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }),
]

/** An ASCII name for every client, and the real one (RFC 6266, filename*) for those that read it. */
function bijlageHeader(naam: string): string {
  const ascii = naam.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'document'
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(naam)}`
}
