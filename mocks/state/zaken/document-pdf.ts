import { bijlagePdf } from '../berichten/pdf'
import type { OpgeslagenDocument, OpgeslagenZaak } from './types'

/**
 * An organisation's document on a zaak as a real, tagged PDF: the Berichtenbox's letter maker, fed with the
 * zaak as subject and the document's text as body. Dated by the document, so the same bytes every time.
 */
export function documentPdf(bsn: string, zaak: OpgeslagenZaak, document: OpgeslagenDocument, tekst: string): Promise<Uint8Array> {
  const brief = {
    berichtId: document.uuid,
    afzender: zaak.zaaktype.organisatie,
    onderwerp: `${zaak.omschrijving} (${zaak.identificatie})`,
    inhoud: `<p>${tekst}</p>`,
    type: 'notificatie' as const,
    publicatietijdstip: document.toegevoegdOp,
    bewaartermijn: '',
    map: 'postvak' as const,
    status: 'gelezen' as const,
    bijlagen: [],
  }
  return bijlagePdf(bsn, brief, { bijlageId: document.uuid, naam: document.titel })
}
