import type { ZaakFilter, ZaakSamenvatting, ZakenAantallen } from '../../../src/features/zaken/zaken.schemas'
import type { OpgeslagenZaak, Zaaktype } from './types'
import { bijgewerktOp, isAfgesloten, samenvatting, takenOpen } from './weergave'

/** What a list request asks for, validated by the handler; `page` counts from 1. */
export interface ZakenVraag {
  organisatie?: string
  status?: ZaakFilter
  page: number
  pageSize: number
}

/** Which organisations' zaken the caller may see (a machtiging can limit it). */
export type Zichtbaar = (zaaktype: Zaaktype) => boolean

export interface ZakenPagina {
  count: number
  results: ZaakSamenvatting[]
  organisaties: string[]
}

const zelfde = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** Filtered, newest change first (ties by identificatie, so pages never overlap), one page of it. */
export function lijst(zaken: readonly OpgeslagenZaak[], vraag: ZakenVraag, zichtbaar: Zichtbaar, nu: number): ZakenPagina {
  const zichtbare = zaken.filter((zaak) => zichtbaar(zaak.zaaktype))
  const gevonden = zichtbare
    .filter((zaak) => vraag.organisatie === undefined || zelfde(zaak.zaaktype.organisatie, vraag.organisatie))
    .filter((zaak) => vraag.status === undefined || isAfgesloten(zaak) === (vraag.status === 'gesloten'))
    .map((zaak) => ({ zaak, moment: bijgewerktOp(zaak, nu) }))
    .sort((a, b) => b.moment - a.moment || a.zaak.identificatie.localeCompare(b.zaak.identificatie))
  const begin = (vraag.page - 1) * vraag.pageSize
  return {
    count: gevonden.length,
    results: gevonden.slice(begin, begin + vraag.pageSize).map(({ zaak }) => samenvatting(zaak, nu)),
    organisaties: [...new Set(zichtbare.map((zaak) => zaak.zaaktype.organisatie))].sort((a, b) => a.localeCompare(b, 'nl')),
  }
}

export function aantallen(zaken: readonly OpgeslagenZaak[], zichtbaar: Zichtbaar): ZakenAantallen {
  let open = 0
  let taken = 0
  for (const zaak of zaken) {
    if (!zichtbaar(zaak.zaaktype)) continue
    if (!isAfgesloten(zaak)) open += 1
    taken += takenOpen(zaak)
  }
  return { open, takenOpen: taken }
}

/** The zaken with a change after `sinds` (and not after `nu`, which the caller passes as the next `sinds`). */
export function wijzigingen(zaken: readonly OpgeslagenZaak[], sinds: number, zichtbaar: Zichtbaar, nu: number): ZaakSamenvatting[] {
  return zaken
    .filter((zaak) => zichtbaar(zaak.zaaktype))
    .map((zaak) => ({ zaak, moment: bijgewerktOp(zaak, nu) }))
    .filter(({ moment }) => moment > sinds)
    .sort((a, b) => b.moment - a.moment)
    .map(({ zaak }) => samenvatting(zaak, nu))
}
