import { parseDateParts, type DatePart } from '@/shared/ui/form/date-parts'
import type { CorrectieConcept } from './correctie-concept'
import type { Stap } from './correctie-stappen'
import { MAX_BIJLAGEN, MAX_TEKST, MAX_WAARDE, type NieuwCorrectieverzoek } from './mfo.schemas'

/** The fields that can be wrong; `mfo-<veld>` is the id an error summary links to. */
export type Veld =
  | 'gegeven'
  | 'gewenste-waarde'
  | 'toelichting'
  | 'contact-gehad'
  | 'contact-datum'
  | 'contact-antwoord'
  | 'gevolgen'
  | 'opschorten'
  | 'bijlagen'
  | 'kanaal'
  | 'email'
  | 'telefoonnummer'

export const veldId = (veld: Veld) => `mfo-${veld}`

export const STAP_VAN_VELD: Record<Veld, Stap> = {
  gegeven: 'gegeven',
  'gewenste-waarde': 'gegeven',
  toelichting: 'gegeven',
  'contact-gehad': 'contact',
  'contact-datum': 'contact',
  'contact-antwoord': 'contact',
  gevolgen: 'gevolgen',
  opschorten: 'gevolgen',
  bijlagen: 'bewijs',
  kanaal: 'contactgegevens',
  email: 'contactgegevens',
  telefoonnummer: 'contactgegevens',
}

/** What is wrong: a message key (under `mfo.fouten`) with its values, or the service's own words. */
export type Fout = { veld: Veld; delen?: DatePart[] } & ({ sleutel: string; params?: Record<string, string | number> } | { tekst: string })

/**
 * As the service reads text (mocks/handlers/mfo/tekst.ts): no control characters (newlines stay), no invisible
 * format characters (a zero-width space would make "El Amarni" look new), a joiner inside a word or emoji stays.
 */
export const schoon = (tekst: string) =>
  tekst
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\p{Cf}/gu, (teken, plek: number, geheel: string) =>
      (teken === '\u200D' || teken === '\u200C') && /\S/u.test(geheel[plek - 1] ?? '') && /\S/u.test(geheel[plek + 1] ?? '') ? teken : '',
    )
    .replace(/\p{Cc}/gu, (teken) => (teken === '\n' ? '\n' : ''))
    .normalize('NFC')
    .trim()
const tekens = (tekst: string) => [...schoon(tekst)].length

const fout = (veld: Veld, sleutel: string, params?: Record<string, string | number>): Fout => ({ veld, sleutel, ...(params ? { params } : {}) })

function teLang(veld: Veld, tekst: string, max: number): Fout[] {
  const aantal = tekens(tekst)
  return aantal > max ? [fout(veld, 'teLang', { max, aantal })] : []
}

export function controleerGegeven(concept: CorrectieConcept): Fout[] {
  if (!concept.gegeven) return [fout('gegeven', 'geenGegeven')]
  const fouten: Fout[] = []
  const gewenst = schoon(concept.gewensteWaarde)
  if (gewenst === '') fouten.push(fout('gewenste-waarde', 'gewensteLeeg'))
  else if (gewenst === schoon(concept.gegeven.waarde)) fouten.push(fout('gewenste-waarde', 'gewensteGelijk', { waarde: concept.gegeven.waarde }))
  else fouten.push(...teLang('gewenste-waarde', concept.gewensteWaarde, MAX_WAARDE))
  if (schoon(concept.toelichting) === '') fouten.push(fout('toelichting', 'toelichtingLeeg'))
  else fouten.push(...teLang('toelichting', concept.toelichting, MAX_TEKST))
  return fouten
}

/** The day of contact may be today, not later. */
export function controleerContact(concept: CorrectieConcept, vandaag: string): { fouten: Fout[]; datum?: string } {
  const organisatie = concept.gegeven?.bronhouder ?? ''
  if (concept.contactGehad === null) return { fouten: [fout('contact-gehad', 'contactKiezen', { organisatie })] }
  if (concept.contactGehad === 'nee') return { fouten: [] }
  const fouten: Fout[] = []
  const gelezen = parseDateParts(concept.contactDatum)
  let datum: string | undefined
  if ('error' in gelezen) fouten.push({ veld: 'contact-datum', sleutel: `form.date.errors.${gelezen.error}`, delen: gelezen.parts })
  else if (gelezen.date > vandaag) fouten.push(fout('contact-datum', 'contactToekomst'))
  else datum = gelezen.date
  if (schoon(concept.contactAntwoord) === '') fouten.push(fout('contact-antwoord', 'antwoordLeeg', { organisatie }))
  else fouten.push(...teLang('contact-antwoord', concept.contactAntwoord, MAX_TEKST))
  return datum === undefined ? { fouten } : { fouten, datum }
}

export function controleerGevolgen(concept: CorrectieConcept): Fout[] {
  const fouten = teLang('gevolgen', concept.gevolgen, MAX_TEKST)
  if (schoon(concept.gevolgen) !== '' && concept.opschorten === null) fouten.push(fout('opschorten', 'opschortenKiezen'))
  return fouten
}

export function controleerBewijs(concept: CorrectieConcept): Fout[] {
  return concept.bijlagen.length > MAX_BIJLAGEN ? [fout('bijlagen', 'teVeelBijlagen', { max: MAX_BIJLAGEN })] : []
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function controleerContactgegevens(concept: CorrectieConcept): Fout[] {
  if (concept.kanaal === null) return [fout('kanaal', 'kanaalKiezen')]
  if (concept.kanaal === 'email') {
    const email = schoon(concept.email)
    if (email === '') return [fout('email', 'emailLeeg')]
    return EMAIL.test(email) && email.length <= 254 ? [] : [fout('email', 'emailOngeldig')]
  }
  if (concept.kanaal === 'telefoon') {
    const nummer = schoon(concept.telefoonnummer)
    if (nummer === '') return [fout('telefoonnummer', 'telefoonLeeg')]
    const cijfers = nummer.replace(/\D/g, '').length
    return /^[+\d][\d\s()-]*$/.test(nummer) && cijfers >= 10 && cijfers <= 15 ? [] : [fout('telefoonnummer', 'telefoonOngeldig')]
  }
  return []
}

export function foutenVanStap(stap: Stap, concept: CorrectieConcept, vandaag: string): Fout[] {
  switch (stap) {
    case 'gegeven':
      return controleerGegeven(concept)
    case 'contact':
      return controleerContact(concept, vandaag).fouten
    case 'gevolgen':
      return controleerGevolgen(concept)
    case 'bewijs':
      return controleerBewijs(concept)
    case 'contactgegevens':
      return controleerContactgegevens(concept)
    case 'controleren':
      return []
  }
}

/** The request as the service takes it, once every step is right; null while one is not. */
export function naarVerzoek(concept: CorrectieConcept, vandaag: string): NieuwCorrectieverzoek | null {
  const contact = controleerContact(concept, vandaag)
  const klaar = concept.gegeven && controleerGegeven(concept).length + contact.fouten.length + controleerGevolgen(concept).length + controleerContactgegevens(concept).length === 0
  if (!klaar || !concept.gegeven || concept.kanaal === null) return null
  const gevolgen = schoon(concept.gevolgen)
  return {
    gegeven: { id: concept.gegeven.id, huidigeWaarde: concept.gegeven.waarde },
    gewensteWaarde: schoon(concept.gewensteWaarde),
    toelichting: schoon(concept.toelichting),
    contactBronhouder: contact.datum ? { gehad: true, datum: contact.datum, antwoord: schoon(concept.contactAntwoord) } : { gehad: false },
    gevolgen: { omschrijving: gevolgen, opschortenGevraagd: gevolgen !== '' && concept.opschorten === 'ja' },
    bijlagen: concept.bijlagen.map((bijlage) => bijlage.id),
    contactvoorkeur:
      concept.kanaal === 'email'
        ? { kanaal: 'email', email: schoon(concept.email) }
        : concept.kanaal === 'telefoon'
          ? { kanaal: 'telefoon', telefoonnummer: schoon(concept.telefoonnummer) }
          : { kanaal: 'post' },
  }
}

/** Where the service's `invalidParams[].name` shows: the field it is about, on that field's step. */
export function veldVanParameter(naam: string): Veld | null {
  const velden: [string, Veld][] = [
    ['gegeven', 'gegeven'],
    ['gewensteWaarde', 'gewenste-waarde'],
    ['toelichting', 'toelichting'],
    ['contactBronhouder.datum', 'contact-datum'],
    ['contactBronhouder.antwoord', 'contact-antwoord'],
    ['contactBronhouder', 'contact-gehad'],
    ['gevolgen.opschortenGevraagd', 'opschorten'],
    ['gevolgen', 'gevolgen'],
    ['bijlagen', 'bijlagen'],
    ['contactvoorkeur.email', 'email'],
    ['contactvoorkeur.telefoonnummer', 'telefoonnummer'],
    ['contactvoorkeur', 'kanaal'],
  ]
  return velden.find(([begin]) => naam === begin || naam.startsWith(`${begin}.`) || naam.startsWith(`${begin}[`))?.[1] ?? null
}
