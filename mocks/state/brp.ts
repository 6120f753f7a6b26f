import { langeDatum } from './dates'
import { findTestPerson, fullName, type TestPerson } from './persons'

/** A BRP person as Haal Centraal BRP Personen Bevragen v2 returns it (the fields this portal uses). */
export function brpPersoon(person: TestPerson, today: Date) {
  const initials = person.voornamen.split(' ').map((name) => `${name[0]}.`).join('')
  const lastName = [person.voorvoegsel, person.geslachtsnaam].filter(Boolean).join(' ')
  return {
    burgerservicenummer: person.bsn,
    geslacht: { code: person.geslacht === 'man' ? 'M' : 'V', omschrijving: person.geslacht },
    leeftijd: ageOn(person.geboortedatum, today),
    naam: {
      voornamen: person.voornamen,
      ...(person.voorvoegsel ? { voorvoegsel: person.voorvoegsel } : {}),
      geslachtsnaam: person.geslachtsnaam,
      voorletters: initials,
      volledigeNaam: fullName(person),
    },
    geboorte: {
      datum: { type: 'Datum', datum: person.geboortedatum, langFormaat: longDutchDate(person.geboortedatum) },
    },
    adressering: {
      aanhef: `Geachte ${person.geslacht === 'man' ? 'heer' : 'mevrouw'} ${capitalize(lastName)}`,
      aanschrijfwijze: { naam: `${initials} ${lastName}` },
      gebruikInLopendeTekst: `${person.geslacht === 'man' ? 'de heer' : 'mevrouw'} ${capitalize(lastName)}`,
      adresregel1: `${person.adres.straat} ${person.adres.huisnummer}`,
      adresregel2: `${person.adres.postcode}  ${person.adres.woonplaats.toUpperCase()}`,
    },
  }
}

export function findBrpPersoon(bsn: string, today: Date) {
  const person = findTestPerson(bsn)
  return person ? brpPersoon(person, today) : undefined
}

function ageOn(birthDate: string, today: Date): number {
  const [year = 0, month = 1, day = 1] = birthDate.split('-').map(Number)
  const hadBirthday = today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day)
  return today.getFullYear() - year - (hadBirthday ? 0 : 1)
}

/** "12 april 1986", the same way the letters write dates (noon UTC is that calendar day in Amsterdam too). */
function longDutchDate(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number)
  return langeDatum(Date.UTC(year, month - 1, day, 12))
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
