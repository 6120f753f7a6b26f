/**
 * Test persons (DESIGN.md §5). Tests outside the project rely on these BSNs and names,
 * so change them only together with the design.
 */
export interface TestPerson {
  bsn: string
  voornamen: string
  voorvoegsel?: string
  geslachtsnaam: string
  /** yyyy-mm-dd */
  geboortedatum: string
  geslacht: 'man' | 'vrouw'
  adres: { straat: string; huisnummer: number; postcode: string; woonplaats: string; gemeente: string }
  /** Short Dutch description shown on the mock DigiD page to help testers pick. */
  rol: string
}

const utrecht = { woonplaats: 'Utrecht', gemeente: 'Utrecht' }
const amersfoort = { woonplaats: 'Amersfoort', gemeente: 'Amersfoort' }

export const testPersons: readonly TestPerson[] = [
  {
    bsn: '999990019', voornamen: 'Fatima', geslachtsnaam: 'El Amrani', geboortedatum: '1986-04-12', geslacht: 'vrouw',
    adres: { straat: 'Oudegracht', huisnummer: 128, postcode: '3511 AX', ...utrecht },
    rol: 'Heeft post, zaken, een auto en een huis',
  },
  {
    bsn: '999990020', voornamen: 'Pieter', voorvoegsel: 'de', geslachtsnaam: 'Vries', geboortedatum: '1961-09-03', geslacht: 'man',
    adres: { straat: 'Lange Nieuwstraat', huisnummer: 7, postcode: '3512 PA', ...utrecht },
    rol: 'Gemachtigde voor zijn moeder',
  },
  {
    bsn: '999990032', voornamen: 'Anna', voorvoegsel: 'de', geslachtsnaam: 'Vries-Bakker', geboortedatum: '1942-02-17', geslacht: 'vrouw',
    adres: { straat: 'Zonnehof', huisnummer: 22, postcode: '3811 ND', ...amersfoort },
    rol: 'Heeft Pieter gemachtigd',
  },
  {
    bsn: '999990044', voornamen: 'Kees', geslachtsnaam: 'Bakker', geboortedatum: '1970-11-30', geslacht: 'man',
    adres: { straat: 'Biltstraat', huisnummer: 301, postcode: '3572 AS', ...utrecht },
    rol: 'Veel post en zaken',
  },
  {
    bsn: '999990056', voornamen: 'Noor', geslachtsnaam: 'Visser', geboortedatum: '2008-06-21', geslacht: 'vrouw',
    adres: { straat: 'Amsterdamsestraatweg', huisnummer: 45, postcode: '3513 AA', ...utrecht },
    rol: 'Nieuw: nog geen post of zaken',
  },
  {
    bsn: '999990068', voornamen: 'Ruud', geslachtsnaam: 'Smit', geboortedatum: '1975-01-08', geslacht: 'man',
    adres: { straat: 'Stationsplein', huisnummer: 3, postcode: '3818 LE', ...amersfoort },
    rol: 'Bewindvoerder voor drie cliënten',
  },
  {
    bsn: '999990081', voornamen: 'Henk', geslachtsnaam: 'Jansen', geboortedatum: '1958-05-14', geslacht: 'man',
    adres: { straat: 'Kruisstraat', huisnummer: 12, postcode: '3811 HC', ...amersfoort },
    rol: 'Cliënt van Ruud Smit',
  },
  {
    bsn: '999990093', voornamen: 'Sanne', geslachtsnaam: 'Mulder', geboortedatum: '1990-12-02', geslacht: 'vrouw',
    adres: { straat: 'Leusderweg', huisnummer: 88, postcode: '3817 KB', ...amersfoort },
    rol: 'Cliënt van Ruud Smit',
  },
  {
    bsn: '999990111', voornamen: 'Mohammed', geslachtsnaam: 'Yilmaz', geboortedatum: '1983-07-19', geslacht: 'man',
    adres: { straat: 'Vinkenburgstraat', huisnummer: 5, postcode: '3512 AA', ...utrecht },
    rol: 'Cliënt van Ruud Smit',
  },
]

export function findTestPerson(bsn: string): TestPerson | undefined {
  return testPersons.find((person) => person.bsn === bsn)
}

export function fullName(person: TestPerson): string {
  return [person.voornamen, person.voorvoegsel, person.geslachtsnaam].filter(Boolean).join(' ')
}

/** The Dutch "elfproef" for burgerservicenummers. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false
  const digits = [...value].map(Number)
  const sum = digits.reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0)
  return sum % 11 === 0 && sum !== 0
}
