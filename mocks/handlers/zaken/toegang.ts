import { backend } from '../../state/backend'
import { valtBinnen, vindVertegenwoordiging } from '../../state/vertegenwoordiging'
import type { Zichtbaar } from '../../state/zaken/zaken-lijst'
import type { OpgeslagenDocument, OpgeslagenZaak } from '../../state/zaken/types'
import { authorize, type Toegang } from '../authorize'
import { notFound } from '../problem'

/**
 * The zaken part of authorize(): every zaken request comes through here. Someone acting for another sees
 * only the organisations their machtiging covers (Pieter: Anna's zaken at Gemeente Amersfoort).
 */
export async function zakenToegang(request: Request, organisatie?: string): Promise<{ toegang: Toegang; zichtbaar: Zichtbaar } | Response> {
  const toegang = await authorize(request, { onderdeel: 'zaken', ...(organisatie === undefined ? {} : { organisatie }) })
  if (toegang instanceof Response) return toegang
  if (toegang.gemachtigde === undefined) return { toegang, zichtbaar: () => true }
  const bereik = vindVertegenwoordiging(toegang.principal.bsn, toegang.bsn)?.bereik.zaken
  return { toegang, zichtbaar: (naam) => valtBinnen(bereik, naam) }
}

/** One zaak of the person: 404 when they have none with this id, 403 (buiten-machtiging) when a machtiging does not cover its organisation. */
export async function zaakToegang(request: Request, uuid: string): Promise<{ toegang: Toegang; zaak: OpgeslagenZaak } | Response> {
  const eerst = await authorize(request, { onderdeel: 'zaken' })
  if (eerst instanceof Response) return eerst
  const zaak = backend.zaken.vind(eerst.bsn, uuid)
  if (!zaak) return notFound('Deze zaak bestaat niet (meer).')
  const toegang = await authorize(request, { onderdeel: 'zaken', organisatie: zaak.zaaktype.organisatie })
  return toegang instanceof Response ? toegang : { toegang, zaak }
}

/** One document of one of the person's zaken, checked the same way. */
export async function documentToegang(request: Request, uuid: string): Promise<{ toegang: Toegang; zaak: OpgeslagenZaak; document: OpgeslagenDocument } | Response> {
  const eerst = await authorize(request, { onderdeel: 'zaken' })
  if (eerst instanceof Response) return eerst
  const gevonden = backend.zaken.vindDocument(eerst.bsn, uuid)
  if (!gevonden) return notFound('Dit document bestaat niet (meer).')
  const toegang = await authorize(request, { onderdeel: 'zaken', organisatie: gevonden.zaak.zaaktype.organisatie })
  return toegang instanceof Response ? toegang : { toegang, ...gevonden }
}
