import type { TestPerson } from '../persons'
import type { Adres, Naam, Waarde } from './brp-types'

export const voorletters = (naam: Naam) =>
  naam.voornamen
    .split(' ')
    .map((voornaam) => `${voornaam[0] ?? ''}.`)
    .join('')

export const volledigeNaam = (naam: Naam) => [naam.voornamen, naam.voorvoegsel, naam.geslachtsnaam].filter(Boolean).join(' ')

const hoofdletter = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1)

/** BRP "adressering": how a letter addresses the person (aanhef, name and address lines). */
export function adressering(naam: Naam, geslacht: Waarde, adres: Adres) {
  const achternaam = [naam.voorvoegsel, naam.geslachtsnaam].filter(Boolean).join(' ')
  const man = geslacht.code === 'M'
  const huisnummer = `${adres.huisnummer}${adres.huisletter ?? ''}${adres.huisnummertoevoeging ? ` ${adres.huisnummertoevoeging}` : ''}`
  return {
    aanhef: `Geachte ${man ? 'heer' : 'mevrouw'} ${hoofdletter(achternaam)}`,
    aanschrijfwijze: { naam: `${voorletters(naam)} ${achternaam}` },
    gebruikInLopendeTekst: `${man ? 'de heer' : 'mevrouw'} ${hoofdletter(achternaam)}`,
    adresregel1: `${adres.officieleStraatnaam} ${huisnummer}`,
    adresregel2: `${adres.postcode}  ${adres.woonplaats.toUpperCase()}`,
  }
}

/** The addressing of a test person, for the letters of the Berichtenbox seed. */
export function adresseringVan(person: TestPerson) {
  const naam: Naam = { voornamen: person.voornamen, ...(person.voorvoegsel ? { voorvoegsel: person.voorvoegsel } : {}), geslachtsnaam: person.geslachtsnaam }
  const { straat, huisnummer, postcode, woonplaats } = person.adres
  return adressering(naam, { code: person.geslacht === 'man' ? 'M' : 'V', omschrijving: person.geslacht }, { officieleStraatnaam: straat, huisnummer, postcode, woonplaats })
}
