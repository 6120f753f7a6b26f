import { http, HttpResponse } from 'msw'
import { backend } from '../../state/backend'
import type { OpgeslagenBericht, OpgeslagenBijlage } from '../../state/berichten/types'
import { apiPath } from '../api-path'
import { notFound } from '../problem'
import { berichtOmschrijving, berichtToegang } from './ontvanger'

type BijlageParams = { berichtId: string; bijlageId: string }

/** GET /berichten/{berichtId}/bijlagen/{bijlageId}: the PDF itself, always as a download (spec: no inline rendering). */
export const bijlageHandlers = [
  http.get<BijlageParams>(apiPath('/berichten/:berichtId/bijlagen/:bijlageId'), async ({ request, params }) => {
    const gevonden = await berichtToegang(request, params.berichtId)
    if (gevonden instanceof Response) return gevonden
    const { bsn, bericht } = gevonden
    const bijlage = bericht.bijlagen.find((kandidaat) => kandidaat.bijlageId === params.bijlageId)
    const pdf = bijlage ? await backend.berichtenbox.berichten.pdf(bsn, bericht, bijlage.bijlageId) : undefined
    if (!bijlage || !pdf) return notFound('Deze bijlage bestaat niet (meer).')
    gevonden.toegang.namens?.beschrijf('Bijlage gedownload', `${bijlage.naam} bij ${berichtOmschrijving(bericht)}`)
    return new HttpResponse(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${bestandsnaam(bericht, bijlage)}"`,
        'Content-Length': String(pdf.byteLength),
        // Personal data: Cache-Control no-store comes from the server, for every /api answer (mocks/http/no-store.ts).
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }),
]

/** "belastingdienst-voorlopige-aanslag-inkomstenbelasting-2026.pdf": plain ASCII, safe in any header and file system. */
export function bestandsnaam(bericht: OpgeslagenBericht, bijlage: OpgeslagenBijlage): string {
  const titel = bijlage.naam.replace(/\.pdf$/i, '') || bericht.onderwerp
  const slug = `${bericht.afzender} ${titel}`
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/, '')
  return `${slug || 'bijlage'}.pdf`
}
