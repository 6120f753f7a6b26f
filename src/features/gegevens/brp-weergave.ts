import { formatDate } from '@/shared/format/format'
import type { Tekst } from './gegevens-blok'
import type { BrpDatum, Verblijfadres } from './gegevens.schemas'

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL')

/**
 * A BRP date as people read it. The BRP may know only the year, or year and month, or nothing at all:
 * then it says so ("1950", "maart 1950", "onbekend"), never a made-up day.
 */
export function brpDatumTekst(datum: BrpDatum | undefined, tekst: Tekst): string {
  if (!datum) return tekst.t('gegevens.onbekend')
  switch (datum.type) {
    case 'Datum':
      return formatDate(datum.datum, tekst.locale)
    case 'JaarMaandDatum':
      return new Intl.DateTimeFormat(intlLocale(tekst.locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(datum.jaar, datum.maand - 1, 15)),
      )
    case 'JaarDatum':
      return String(datum.jaar)
    case 'DatumOnbekend':
      return tekst.t('gegevens.onbekend')
  }
}

export function naamTekst(naam: { voornamen?: string; voorvoegsel?: string; geslachtsnaam?: string } | undefined): string {
  return [naam?.voornamen, naam?.voorvoegsel, naam?.geslachtsnaam].filter(Boolean).join(' ')
}

/** The date as a program reads it: "1986-04-12", "2009-03", "1950", or nothing when unknown. */
export function brpDatumMachine(datum: BrpDatum | undefined): string | undefined {
  if (!datum) return undefined
  if (datum.type === 'Datum') return datum.datum
  if (datum.type === 'JaarMaandDatum') return `${datum.jaar}-${String(datum.maand).padStart(2, '0')}`
  if (datum.type === 'JaarDatum') return String(datum.jaar)
  return undefined
}

/** "Oudegracht 128A-2, 3511 AX Utrecht": the letter joins the number, an addition follows a hyphen, as on post. */
export function adresTekst(adres: Verblijfadres | undefined): string {
  if (!adres) return ''
  const nummer = `${adres.huisnummer ?? ''}${adres.huisletter ?? ''}`
  const huisnummer = [nummer, adres.huisnummertoevoeging].filter(Boolean).join('-')
  const straat = [adres.officieleStraatnaam, huisnummer].filter(Boolean).join(' ')
  const plaats = [adres.postcode, adres.woonplaats].filter(Boolean).join(' ')
  return [straat, plaats].filter(Boolean).join(', ')
}

/** "TOYOTA COROLLA" → "Toyota Corolla": the RDW writes capitals, which are harder to read. */
export function gewoneLetters(tekst: string | undefined): string | undefined {
  // Short words are abbreviations (BMW, GTI): they keep their capitals.
  return tekst?.replace(/\p{L}{4,}/gu, (woord) => woord.charAt(0) + woord.slice(1).toLocaleLowerCase('nl'))
}

export function bedragTekst(euro: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euro)
}
