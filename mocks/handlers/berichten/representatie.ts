import type { BerichtenStore } from '../../state/berichten/berichten-store'
import { magazijnIdVoor } from '../../state/berichten/afzenders'
import type { Actie, BerichtStatus, BerichtType, MapNaam, OpgeslagenBericht } from '../../state/berichten/types'

/** Where the API lives, for the HAL links (relative paths, no origin). */
export const BASIS = '/api'

interface Link {
  href: string
}

/** BerichtSamenvatting of the FBS spec plus the portal's fields (see index.ts). */
export interface BerichtSamenvattingJson {
  berichtId: string
  onderwerp: string
  afzender: string
  publicatietijdstip: string
  aantalBijlagen: number
  map: MapNaam
  status: BerichtStatus
  magazijnId: string
  type: BerichtType
  actie?: Actie
  bewaartermijn: string
  verplaatstNaarPrullenbakOp?: string
  _links: { self: Link }
}

export interface BijlageMetadataJson {
  bijlageId: string
  naam: string
  mimeType: string
  grootteInBytes: number
  _links: { self: Link }
}

export interface BerichtJson extends BerichtSamenvattingJson {
  inhoud: string
  bijlagen: BijlageMetadataJson[]
}

export const berichtHref = (berichtId: string) => `${BASIS}/berichten/${berichtId}`

export function samenvatting(bericht: OpgeslagenBericht): BerichtSamenvattingJson {
  return {
    berichtId: bericht.berichtId,
    onderwerp: bericht.onderwerp,
    afzender: bericht.afzender,
    publicatietijdstip: new Date(bericht.publicatietijdstip).toISOString(),
    aantalBijlagen: bericht.bijlagen.length,
    map: bericht.map,
    status: bericht.status,
    magazijnId: magazijnIdVoor(bericht.afzender),
    type: bericht.type,
    ...(bericht.actie ? { actie: { ...bericht.actie } } : {}),
    bewaartermijn: bericht.bewaartermijn,
    ...(bericht.verplaatstNaarPrullenbakOp === undefined
      ? {}
      : { verplaatstNaarPrullenbakOp: new Date(bericht.verplaatstNaarPrullenbakOp).toISOString() }),
    _links: { self: { href: berichtHref(bericht.berichtId) } },
  }
}

/** The whole bericht. Sizes are those of the real PDFs, so they are made (once) before answering. */
export async function volledigBericht(store: BerichtenStore, bsn: string, bericht: OpgeslagenBericht): Promise<BerichtJson> {
  const bijlagen = await Promise.all(
    bericht.bijlagen.map(async ({ bijlageId, naam }) => ({
      bijlageId,
      naam,
      mimeType: 'application/pdf',
      grootteInBytes: (await store.pdf(bsn, bericht, bijlageId))?.byteLength ?? 0,
      _links: { self: { href: `${berichtHref(bericht.berichtId)}/bijlagen/${bijlageId}` } },
    })),
  )
  return { ...samenvatting(bericht), inhoud: bericht.inhoud, bijlagen }
}
