import { zichtbaarIn, type AfzenderBereik, type BerichtStatus, type MapNaam, type OpgeslagenBericht } from './types'

/** What a list or search request asks for, already validated by the handler. */
export interface Zoekvraag {
  mappen: readonly MapNaam[]
  afzender?: string
  status?: BerichtStatus
  /** true: only berichten with an action whose deadline has not passed; false: only those without. */
  actieNodig?: boolean
  /** Already passed through zoekbaar(). */
  zoekterm?: string
  oplopend: boolean
  pagina: number
  paginaGrootte: number
}

export interface Pagina {
  berichten: OpgeslagenBericht[]
  heeftVolgende: boolean
  /** How many berichten match in all: "7 berichten gevonden", "pagina 2 van 500". */
  totaal: number
}

export interface Zoekcontext {
  bereik: AfzenderBereik
  /** yyyy-mm-dd by the mock clock. */
  vandaag: string
  zoektekst(bericht: OpgeslagenBericht): string
}

/**
 * One pass over a mailbox that is kept newest first; it counts every match for the total, which
 * for 10,000 berichten still takes a few milliseconds.
 */
export function selecteer(mailbox: readonly OpgeslagenBericht[], vraag: Zoekvraag, context: Zoekcontext): Pagina {
  const begin = vraag.pagina * vraag.paginaGrootte
  const eind = begin + vraag.paginaGrootte
  const afzender = vraag.afzender?.toLowerCase()
  const berichten: OpgeslagenBericht[] = []
  let gevonden = 0
  for (let stap = 0; stap < mailbox.length; stap += 1) {
    const bericht = mailbox[vraag.oplopend ? mailbox.length - 1 - stap : stap]
    if (!bericht || !past(bericht)) continue
    if (gevonden >= begin && gevonden < eind) berichten.push(bericht)
    gevonden += 1
  }
  return { berichten, heeftVolgende: gevonden > eind, totaal: gevonden }

  function past(bericht: OpgeslagenBericht): boolean {
    if (!vraag.mappen.includes(bericht.map) || !zichtbaarIn(context.bereik, bericht.afzender)) return false
    if (afzender !== undefined && bericht.afzender.toLowerCase() !== afzender) return false
    if (vraag.status !== undefined && bericht.status !== vraag.status) return false
    if (vraag.actieNodig !== undefined && heeftOpenActie(bericht, context.vandaag) !== vraag.actieNodig) return false
    return vraag.zoekterm === undefined || context.zoektekst(bericht).includes(vraag.zoekterm)
  }
}

export const heeftOpenActie = (bericht: OpgeslagenBericht, vandaag: string) =>
  bericht.actie !== undefined && bericht.actie.deadline >= vandaag
