import * as v from 'valibot'
import { emptyDateParts, type DateParts } from '@/shared/ui/form/date-parts'
import { bijlageSchema, KANALEN, meldbaarGegevenSchema, type Bijlage, type Kanaal, type MeldbaarGegeven } from './mfo.schemas'

/** The value the request is about, as the service listed it, with who keeps it. */
export type GekozenGegeven = MeldbaarGegeven & { registratieNaam: string; bronhouder: string }

/**
 * What the person filled in so far, as typed. It is kept on the device as she goes (localStorage: a reload or a
 * closed tab loses nothing) and belongs to whoever typed it; the logout wipe removes it. Uploaded files are on
 * the service already: the draft keeps their ids and names.
 */
export interface CorrectieConcept {
  gegeven: GekozenGegeven | null
  gewensteWaarde: string
  toelichting: string
  contactGehad: 'ja' | 'nee' | null
  contactDatum: DateParts
  contactAntwoord: string
  gevolgen: string
  opschorten: 'ja' | 'nee' | null
  bijlagen: Bijlage[]
  kanaal: Kanaal | null
  email: string
  telefoonnummer: string
}

export const leegConcept = (gegeven: GekozenGegeven | null = null): CorrectieConcept => ({
  gegeven,
  gewensteWaarde: '',
  toelichting: '',
  contactGehad: null,
  contactDatum: emptyDateParts(),
  contactAntwoord: '',
  gevolgen: '',
  opschorten: null,
  bijlagen: [],
  kanaal: null,
  email: '',
  telefoonnummer: '',
})

const tekst = v.pipe(v.string(), v.maxLength(40_000))
const conceptSchema = v.object({
  gegeven: v.nullable(v.object({ ...meldbaarGegevenSchema.entries, registratieNaam: v.string(), bronhouder: v.string() })),
  gewensteWaarde: tekst,
  toelichting: tekst,
  contactGehad: v.nullable(v.picklist(['ja', 'nee'])),
  contactDatum: v.object({ day: v.string(), month: v.string(), year: v.string() }),
  contactAntwoord: tekst,
  gevolgen: tekst,
  opschorten: v.nullable(v.picklist(['ja', 'nee'])),
  bijlagen: v.array(bijlageSchema),
  kanaal: v.nullable(v.picklist(KANALEN)),
  email: tekst,
  telefoonnummer: tekst,
})

const SLEUTEL = 'mo:correctieverzoek-concept'
const bewaardSchema = v.object({ van: v.string(), concept: conceptSchema })

/** This person's draft, or null: anything unreadable, or someone else's, counts as none. */
export function leesConcept(van: string): CorrectieConcept | null {
  try {
    const opgeslagen = window.localStorage.getItem(SLEUTEL)
    if (opgeslagen === null) return null
    const gelezen = v.safeParse(bewaardSchema, JSON.parse(opgeslagen))
    return gelezen.success && gelezen.output.van === van ? gelezen.output.concept : null
  } catch {
    return null
  }
}

export function bewaarConcept(van: string, concept: CorrectieConcept): void {
  try {
    window.localStorage.setItem(SLEUTEL, JSON.stringify({ van, concept }))
  } catch {
    // Storage full or blocked: the form still works, it only does not survive a reload.
  }
}

export function wisConcept(): void {
  try {
    window.localStorage.removeItem(SLEUTEL)
  } catch {
    // Nothing was kept, then.
  }
}

/** The Idempotency-Key of the last try and what it was for: a replay after a reload must carry the same key. */
export interface Poging {
  /** A fingerprint of the request, not the request itself: no personal data twice on the device. */
  inhoud: string
  sleutel: string
}

const POGING = 'mo:correctieverzoek-poging'
const pogingSchema = v.object({ van: v.string(), inhoud: v.string(), sleutel: v.string() })

/** FNV-1a over the text: enough to tell one request's content from another's, synchronously. */
export function vingerafdruk(tekst: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < tekst.length; index += 1) hash = Math.imul(hash ^ tekst.charCodeAt(index), 0x01000193)
  return `${tekst.length}-${(hash >>> 0).toString(16)}`
}

export function leesPoging(van: string): Poging | null {
  try {
    const gelezen = v.safeParse(pogingSchema, JSON.parse(window.localStorage.getItem(POGING) ?? 'null'))
    return gelezen.success && gelezen.output.van === van ? { inhoud: gelezen.output.inhoud, sleutel: gelezen.output.sleutel } : null
  } catch {
    return null
  }
}

export function bewaarPoging(van: string, poging: Poging | null): void {
  try {
    if (poging) window.localStorage.setItem(POGING, JSON.stringify({ van, ...poging }))
    else window.localStorage.removeItem(POGING)
  } catch {
    // Then a reload gives a new key; the service still sees one request per key.
  }
}
