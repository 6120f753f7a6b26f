import { backend } from '../../state/backend'
import { valtBinnen } from '../../state/vertegenwoordiging'
import type { Zichtbaar } from '../../state/zaken/zaken-lijst'
import type { OpgeslagenDocument, OpgeslagenZaak } from '../../state/zaken/types'
import { authorize, eigenaarVan, type Toegang } from '../authorize'
import { notFound } from '../problem'

/**
 * The zaken part of authorize(): every zaken request comes through here. Someone acting for another sees
 * only the organisations their machtiging covers (Pieter: Anna's zaken at Gemeente Amersfoort).
 */
export async function zakenToegang(request: Request, organisatie?: string): Promise<{ toegang: Toegang; zichtbaar: Zichtbaar } | Response> {
  const toegang = await authorize(request, { onderdeel: 'zaken', ...(organisatie === undefined ? {} : { organisatie }) })
  if (toegang instanceof Response) return toegang
  if (!toegang.namens) return { toegang, zichtbaar: () => true }
  const bereik = toegang.namens.bereik.zaken
  // A personal zaak (a correctieverzoek) is not listed for a gemachtigde, whatever the machtiging covers.
  return { toegang, zichtbaar: (zaaktype) => !zaaktype.persoonlijk && bereik !== undefined && valtBinnen(bereik, zaaktype.organisatie) }
}

/** What authorize() asks of one zaak: its organisation's, or for a personal one, the person's own business. */
const eisVoor = (zaak: OpgeslagenZaak | undefined) =>
  zaak?.zaaktype.persoonlijk
    ? ({ onderdeel: 'persoonlijk', wat: 'correctieverzoeken', item: true } as const)
    : ({ onderdeel: 'zaken', item: true, ...(zaak ? { organisatie: zaak.zaaktype.organisatie } : { onbekend: true }) } as const)

/** "Zaak Parkeervergunning aanvragen (ZAAK-2026-0001)", for "Namens u gedaan". */
const zaakOmschrijving = (zaak: OpgeslagenZaak) => `Zaak ${zaak.omschrijving} (${zaak.identificatie})`

/** One zaak of the person: 404 when they have none with this id (403 for a gemachtigde), 403 (buiten-machtiging) when a machtiging does not cover its organisation. */
export async function zaakToegang(request: Request, uuid: string): Promise<{ toegang: Toegang; zaak: OpgeslagenZaak } | Response> {
  const eigenaar = await eigenaarVan(request)
  if (eigenaar instanceof Response) return eigenaar
  const zaak = backend.zaken.vind(eigenaar, uuid)
  const toegang = await authorize(request, eisVoor(zaak))
  if (toegang instanceof Response) return toegang
  if (!zaak) return notFound('Deze zaak bestaat niet (meer).')
  toegang.namens?.beschrijf(request.method === 'GET' ? 'Zaak bekeken' : 'Iets gestuurd bij de zaak', zaakOmschrijving(zaak))
  return { toegang, zaak }
}

/** One document of one of the person's zaken, checked the same way. */
export async function documentToegang(request: Request, uuid: string): Promise<{ toegang: Toegang; zaak: OpgeslagenZaak; document: OpgeslagenDocument } | Response> {
  const eigenaar = await eigenaarVan(request)
  if (eigenaar instanceof Response) return eigenaar
  const gevonden = backend.zaken.vindDocument(eigenaar, uuid)
  const toegang = await authorize(request, eisVoor(gevonden?.zaak))
  if (toegang instanceof Response) return toegang
  if (!gevonden) return notFound('Dit document bestaat niet (meer).')
  toegang.namens?.beschrijf('Document gedownload', `${gevonden.document.titel} bij ${zaakOmschrijving(gevonden.zaak)}`)
  return { toegang, ...gevonden }
}
