import * as v from 'valibot'
import { normalizeBsn } from '@/shared/format/bsn'
import { emptyDateParts, type DateParts } from '@/shared/ui/form/date-parts'
import { DIENSTEN, GEGEVENS_ONDERDELEN, type Dienst, type NieuweMachtiging } from './machtigingen.schemas'

/** For Berichtenbox and Lopende zaken: every organisation, or only those ticked. */
export interface OrganisatieKeuze {
  bereik: 'alle' | 'alleen' | null
  organisaties: string[]
}

/**
 * What the person typed and ticked in "Iemand machtigen", as typed: nothing the service told us (no names), so
 * it can wait in sessionStorage through a reload and a step-up login. The app wipes it at logout.
 */
export interface Concept {
  bsn: string
  /** Service names as the checkboxes hold them. */
  diensten: string[]
  berichten: OrganisatieKeuze
  zaken: OrganisatieKeuze
  onderdelen: string[]
  geldigTot: DateParts
}

export const leegConcept = (): Concept => ({
  bsn: '',
  diensten: [],
  berichten: { bereik: null, organisaties: [] },
  zaken: { bereik: null, organisaties: [] },
  onderdelen: [],
  geldigTot: emptyDateParts(),
})

const keuzeSchema = v.object({ bereik: v.nullable(v.picklist(['alle', 'alleen'])), organisaties: v.array(v.string()) })
const conceptSchema = v.object({
  bsn: v.pipe(v.string(), v.maxLength(40)),
  diensten: v.array(v.string()),
  berichten: keuzeSchema,
  zaken: keuzeSchema,
  onderdelen: v.array(v.string()),
  geldigTot: v.object({ day: v.string(), month: v.string(), year: v.string() }),
})

const SLEUTEL = 'mo:machtiging-concept'

const bewaardSchema = v.object({ van: v.string(), concept: conceptSchema })

/**
 * The draft of this tab, or null; anything unreadable counts as no draft, and so does the draft of someone
 * else (another person logged in in this tab during the step-up).
 */
export function leesConcept(van: string): Concept | null {
  try {
    const opgeslagen = window.sessionStorage.getItem(SLEUTEL)
    if (opgeslagen === null) return null
    const gelezen = v.safeParse(bewaardSchema, JSON.parse(opgeslagen))
    return gelezen.success && gelezen.output.van === van ? gelezen.output.concept : null
  } catch {
    return null
  }
}

export function bewaarConcept(van: string, concept: Concept): void {
  try {
    window.sessionStorage.setItem(SLEUTEL, JSON.stringify({ van, concept }))
  } catch {
    // Storage full or blocked: the form still works, it only does not survive a reload.
  }
}

export function wisConcept(): void {
  try {
    window.sessionStorage.removeItem(SLEUTEL)
  } catch {
    // Nothing was kept, then.
  }
}

/** The chosen services in the API's shape and fixed order; "alle" leaves `organisaties` out. */
export function gekozenDiensten(concept: Concept): Dienst[] {
  const organisaties = (keuze: OrganisatieKeuze) => (keuze.bereik === 'alleen' ? { organisaties: [...keuze.organisaties] } : {})
  return DIENSTEN.filter((dienst) => concept.diensten.includes(dienst)).map((dienst): Dienst => {
    if (dienst === 'gegevens') return { dienst, onderdelen: GEGEVENS_ONDERDELEN.filter((onderdeel) => concept.onderdelen.includes(onderdeel)) }
    return { dienst, ...organisaties(concept[dienst]) }
  })
}

/** POST /machtigingen, once every step is checked; `geldigTot` is the date read from the three boxes. */
export function naarNieuweMachtiging(concept: Concept, geldigTot: string): NieuweMachtiging {
  return { gemachtigde: { burgerservicenummer: normalizeBsn(concept.bsn) }, diensten: gekozenDiensten(concept), geldigTot }
}
