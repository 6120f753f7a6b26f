import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { MAPPEN, type MapNaam } from './berichten.schemas'

/**
 * What the inbox shows, kept in the URL so that Back and a shared link work:
 * /berichten?map=archief&zoek=aanslag&afzender=UWV&status=ongelezen&actie=ja&volgorde=oud&pagina=2
 */
export interface BerichtenZoekvraag {
  map: MapNaam
  zoek: string
  afzender: string
  status: '' | 'gelezen' | 'ongelezen'
  actieNodig: boolean
  oudsteEerst: boolean
  /** 0-based, as the API counts. */
  pagina: number
}

export const ZOEK_MIN = 2
export const ZOEK_MAX = 200

export const standaardZoekvraag: BerichtenZoekvraag = {
  map: 'postvak',
  zoek: '',
  afzender: '',
  status: '',
  actieNodig: false,
  oudsteEerst: false,
  pagina: 0,
}

const tekst = (value: LocationQuery[string] | undefined) => (typeof value === 'string' ? value : '')

export function zoekvraagUitUrl(query: LocationQuery): BerichtenZoekvraag {
  const map = tekst(query.map)
  const status = tekst(query.status)
  const pagina = Number.parseInt(tekst(query.pagina), 10)
  return {
    map: MAPPEN.find((naam) => naam === map) ?? 'postvak',
    zoek: tekst(query.zoek).trim().slice(0, ZOEK_MAX),
    afzender: tekst(query.afzender),
    status: status === 'gelezen' || status === 'ongelezen' ? status : '',
    actieNodig: tekst(query.actie) === 'ja',
    oudsteEerst: tekst(query.volgorde) === 'oud',
    pagina: Number.isFinite(pagina) && pagina > 1 ? pagina - 1 : 0,
  }
}

/** Only what differs from the default goes into the URL: short links, stable history. */
export function zoekvraagNaarUrl(vraag: BerichtenZoekvraag): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (vraag.map !== 'postvak') query.map = vraag.map
  if (vraag.zoek) query.zoek = vraag.zoek
  if (vraag.afzender) query.afzender = vraag.afzender
  if (vraag.status) query.status = vraag.status
  if (vraag.actieNodig) query.actie = 'ja'
  if (vraag.oudsteEerst) query.volgorde = 'oud'
  if (vraag.pagina > 0) query.pagina = String(vraag.pagina + 1)
  return query
}

export type ZoekFout = 'te-kort' | 'te-lang' | null

/** Search text as the person typed it: spaces only means "no search"; the API wants 2 to 200 characters. */
export function controleerZoektekst(invoer: string): ZoekFout {
  const zoek = invoer.trim()
  if (zoek.length === 0) return null
  if (zoek.length < ZOEK_MIN) return 'te-kort'
  if (zoek.length > ZOEK_MAX) return 'te-lang'
  return null
}
