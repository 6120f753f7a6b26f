import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { ZakenVraag } from './zaken.api'
import { ZAAK_FILTERS } from './zaken.schemas'

/** The list in the URL, so Back and a shared link work: /zaken?organisatie=UWV&status=open&pagina=2. */
const tekst = (value: LocationQuery[string] | undefined) => (typeof value === 'string' ? value : '')

export function zakenVraagUitUrl(query: LocationQuery): ZakenVraag {
  const status = tekst(query.status)
  const pagina = Number.parseInt(tekst(query.pagina), 10)
  return {
    organisatie: tekst(query.organisatie).slice(0, 200),
    status: ZAAK_FILTERS.find((filter) => filter === status) ?? '',
    pagina: Number.isFinite(pagina) && pagina > 1 ? pagina : 1,
  }
}

/** Only what differs from the default goes into the URL. */
export function zakenVraagNaarUrl(vraag: ZakenVraag): LocationQueryRaw {
  return {
    ...(vraag.organisatie ? { organisatie: vraag.organisatie } : {}),
    ...(vraag.status ? { status: vraag.status } : {}),
    ...(vraag.pagina > 1 ? { pagina: String(vraag.pagina) } : {}),
  }
}
