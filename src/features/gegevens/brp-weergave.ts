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

/** "Oudegracht 128 A, 3511 AX Utrecht" */
export function adresTekst(adres: Verblijfadres | undefined): string {
  if (!adres) return ''
  const huisnummer = [adres.huisnummer, adres.huisletter, adres.huisnummertoevoeging].filter((deel) => deel !== undefined && deel !== '').join(' ')
  const straat = [adres.officieleStraatnaam, huisnummer].filter(Boolean).join(' ')
  const plaats = [adres.postcode, adres.woonplaats].filter(Boolean).join(' ')
  return [straat, plaats].filter(Boolean).join(', ')
}

export function bedragTekst(euro: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euro)
}
