import {
  KANALEN,
  MAX_BIJLAGEN,
  MAX_TEKST,
  MAX_WAARDE,
  type NieuwCorrectieverzoek,
} from '../../../src/features/mfo/mfo.schemas'
import type { GecontroleerdVerzoek } from '../../state/mfo/mfo-store'
import type { MeldbaarItem } from '../../state/mfo/types'
import type { InvalidParam } from '../problem'
import { begintMetTeken, lengte, schoon } from './tekst'

export type Controle<T> = { ok: true; waarde: T } | { ok: false; fouten: InvalidParam[] }

export interface VerzoekContext {
  items: readonly MeldbaarItem[]
  /** yyyy-mm-dd by the mock clock. */
  vandaag: string
  /** The person's own upload, not sent with a request yet. */
  isConcept(id: string): boolean
}

/** 2026-02-30 fits the pattern, but is no day of the calendar. */
const bestaat = (iso: string) => new Date(`${iso}T12:00:00Z`).toISOString().startsWith(iso)

export const isRecord = (waarde: unknown): waarde is Record<string, unknown> => typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde)

/** At least 10 digits, only digits, spaces, hyphens and a + in front: "06 12345678", "+31 6 1234 5678", "030-1234567". */
const TELEFOON = /^\+?[\d\s-]+$/
const EMAIL = /^[^\s@"<>()[\]\\,;:]+@[^\s@.<>()[\]\\,;:"]+(\.[^\s@.<>()[\]\\,;:"]+)+$/

/** Collects one reason per field (the first that applies), so the form can show each where it was typed. */
function fouten() {
  const lijst: InvalidParam[] = []
  return {
    lijst,
    fout(name: string, code: string, reason: string): undefined {
      lijst.push({ name, code, reason })
      return undefined
    },
  }
}

type Fout = ReturnType<typeof fouten>['fout']

/** A text field: required or not, at most `max` characters, cleaned. Undefined when it is wrong (the reason is noted). */
function tekstVeld(fout: Fout, naam: string, waarde: unknown, opties: { max: number; verplicht: boolean; regels: boolean; wat: string }): string | undefined {
  if (waarde === undefined && !opties.verplicht) return ''
  if (typeof waarde !== 'string') return fout(naam, 'required', `Vul ${opties.wat} in.`)
  const tekst = schoon(waarde, { regels: opties.regels })
  if (opties.verplicht && tekst === '') return fout(naam, 'required', `Vul ${opties.wat} in.`)
  if (lengte(tekst) > opties.max) return fout(naam, 'te-lang', `Gebruik hoogstens ${opties.max} tekens. U gebruikte er ${lengte(tekst)}.`)
  return tekst
}

function contactBronhouder(fout: Fout, waarde: unknown, vandaag: string): NieuwCorrectieverzoek['contactBronhouder'] | undefined {
  const gehad = isRecord(waarde) ? waarde['gehad'] : undefined
  if (typeof gehad !== 'boolean') return fout('contactBronhouder.gehad', 'required', 'Geef aan of u al contact had met de organisatie.')
  if (!gehad || !isRecord(waarde)) return { gehad: false }
  const datum = waarde['datum']
  let dag: string | undefined
  if (typeof datum !== 'string' || datum.trim() === '') fout('contactBronhouder.datum', 'required', 'Vul de datum van het contact in.')
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(datum.trim()) || !bestaat(datum.trim())) fout('contactBronhouder.datum', 'format', 'Vul een datum in die in de kalender staat, zoals 2026-03-12.')
  else if (datum.trim() < '1900-01-01') fout('contactBronhouder.datum', 'format', 'Vul een datum in na 1900.')
  else if (datum.trim() > vandaag) fout('contactBronhouder.datum', 'toekomst', 'Deze datum is nog niet geweest. Vul de dag in waarop u contact had.')
  else dag = datum.trim()
  const antwoord = tekstVeld(fout, 'contactBronhouder.antwoord', waarde['antwoord'], { max: MAX_TEKST, verplicht: true, regels: true, wat: 'wat de organisatie antwoordde' })
  return dag === undefined || antwoord === undefined ? undefined : { gehad: true, datum: dag, antwoord }
}

function gevolgen(fout: Fout, waarde: unknown): NieuwCorrectieverzoek['gevolgen'] | undefined {
  const gegeven = isRecord(waarde) ? waarde : {}
  const omschrijving = tekstVeld(fout, 'gevolgen.omschrijving', gegeven['omschrijving'], { max: MAX_TEKST, verplicht: false, regels: true, wat: 'de gevolgen' })
  const opschortenGevraagd = gegeven['opschortenGevraagd']
  if (typeof opschortenGevraagd !== 'boolean') return fout('gevolgen.opschortenGevraagd', 'required', 'Geef aan of u wilt dat besluiten op basis van dit gegeven wachten.')
  return omschrijving === undefined ? undefined : { omschrijving, opschortenGevraagd }
}

function bijlagen(fout: Fout, waarde: unknown, isConcept: VerzoekContext['isConcept']): string[] | undefined {
  if (waarde === undefined) return []
  if (!Array.isArray(waarde) || !waarde.every((id): id is string => typeof id === 'string')) return fout('bijlagen', 'onbekend', 'Stuur de bijlagen als lijst van de nummers die u bij het uploaden kreeg.')
  // The same file twice is one file.
  const ids = [...new Set(waarde)]
  if (ids.length > MAX_BIJLAGEN) return fout('bijlagen', 'te-veel', `U kunt hoogstens ${MAX_BIJLAGEN} bestanden meesturen. Haal er ${ids.length - MAX_BIJLAGEN} weg.`)
  if (!ids.every(isConcept)) return fout('bijlagen', 'onbekend', 'Een van de bestanden kennen wij niet (meer). Upload het opnieuw.')
  return ids
}

function contactvoorkeur(fout: Fout, waarde: unknown): NieuwCorrectieverzoek['contactvoorkeur'] | undefined {
  const gekozen = isRecord(waarde) ? waarde['kanaal'] : undefined
  const kanaal = KANALEN.find((kandidaat) => kandidaat === gekozen)
  if (kanaal === undefined || !isRecord(waarde)) return fout('contactvoorkeur.kanaal', 'required', 'Kies hoe wij contact met u opnemen: e-mail, telefoon of post.')
  if (kanaal === 'post') return { kanaal }
  if (kanaal === 'email') {
    const email = typeof waarde['email'] === 'string' ? waarde['email'].trim() : ''
    if (email === '') return fout('contactvoorkeur.email', 'required', 'Vul uw e-mailadres in.')
    if (email.length > 254 || !EMAIL.test(email)) return fout('contactvoorkeur.email', 'format', 'Vul een e-mailadres in zoals naam@voorbeeld.nl.')
    return { kanaal, email }
  }
  const telefoonnummer = typeof waarde['telefoonnummer'] === 'string' ? waarde['telefoonnummer'].trim() : ''
  if (telefoonnummer === '') return fout('contactvoorkeur.telefoonnummer', 'required', 'Vul uw telefoonnummer in.')
  const cijfers = telefoonnummer.replace(/\D/g, '').length
  if (!TELEFOON.test(telefoonnummer) || cijfers < 10 || cijfers > 15) {
    return fout('contactvoorkeur.telefoonnummer', 'format', 'Vul een telefoonnummer in van minstens 10 cijfers, zoals 06 12345678. Gebruik alleen cijfers, spaties, - en +.')
  }
  return { kanaal, telefoonnummer }
}

/**
 * POST /correctieverzoeken, checked against what the person can report now: the item must exist, its value
 * must still be the one they saw, and the new one must differ from it. Every field gets its own reason.
 */
export function controleerVerzoek(invoer: Record<string, unknown>, context: VerzoekContext): Controle<GecontroleerdVerzoek> {
  const { lijst, fout } = fouten()
  const gegeven = isRecord(invoer['gegeven']) ? invoer['gegeven'] : {}
  const id = gegeven['id']
  const item = typeof id === 'string' ? context.items.find((kandidaat) => kandidaat.id === id) : undefined
  if (typeof id !== 'string' || id === '') fout('gegeven.id', 'required', 'Kies het gegeven dat niet klopt.')
  else if (!item) fout('gegeven.id', 'onbekend', 'Dit gegeven kennen wij niet. Kies het opnieuw uit de lijst.')
  const huidige = gegeven['huidigeWaarde']
  const nu = item ? schoon(item.waarde, { regels: false }) : undefined
  const gewijzigd = typeof huidige === 'string' && nu !== undefined && schoon(huidige, { regels: false }) !== nu
  if (typeof huidige !== 'string') fout('gegeven.huidigeWaarde', 'required', 'Stuur mee welke waarde u nu ziet.')
  else if (gewijzigd) fout('gegeven.huidigeWaarde', 'gewijzigd', `Dit gegeven is intussen veranderd. Nu staat er: "${nu}". Kijk of uw melding nog nodig is.`)

  let gewensteWaarde = tekstVeld(fout, 'gewensteWaarde', invoer['gewensteWaarde'], { max: MAX_WAARDE, verplicht: true, regels: false, wat: 'wat het gegeven moet zijn' })
  // Changed meanwhile, perhaps into what they asked for: that is the one thing to say.
  if (gewensteWaarde !== undefined && gewensteWaarde === nu && !gewijzigd) gewensteWaarde = fout('gewensteWaarde', 'gelijk', 'Dit is de waarde die er nu al staat. Vul in wat het volgens u moet zijn.')
  else if (gewensteWaarde !== undefined && !begintMetTeken(gewensteWaarde)) gewensteWaarde = fout('gewensteWaarde', 'format', 'Begin met een letter of cijfer, niet met een los teken.')
  const toelichting = tekstVeld(fout, 'toelichting', invoer['toelichting'], { max: MAX_TEKST, verplicht: true, regels: true, wat: 'waarom het gegeven niet klopt' })
  const contact = contactBronhouder(fout, invoer['contactBronhouder'], context.vandaag)
  const gevolg = gevolgen(fout, invoer['gevolgen'])
  const bestanden = bijlagen(fout, invoer['bijlagen'], (bijlage) => context.isConcept(bijlage))
  const voorkeur = contactvoorkeur(fout, invoer['contactvoorkeur'])

  if (lijst.length > 0 || !item || gewensteWaarde === undefined || toelichting === undefined || !contact || !gevolg || !bestanden || !voorkeur) {
    return { ok: false, fouten: lijst }
  }
  return { ok: true, waarde: { item, gewensteWaarde, toelichting, contactBronhouder: contact, gevolgen: gevolg, bijlagen: bestanden, contactvoorkeur: voorkeur } }
}

/** POST /correctieverzoeken/{id}/heropeningen: `{ reden }`. */
export function controleerHeropening(invoer: Record<string, unknown>): Controle<string> {
  const { lijst, fout } = fouten()
  const reden = tekstVeld(fout, 'reden', invoer['reden'], { max: MAX_TEKST, verplicht: true, regels: true, wat: 'waarom u de melding opnieuw wilt openen' })
  return reden === undefined ? { ok: false, fouten: lijst } : { ok: true, waarde: reden }
}
