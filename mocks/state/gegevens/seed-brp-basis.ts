import { findTestPerson } from '../persons'
import { datum } from './brp-datum'
import { MAN, NEDERLANDSE, VROUW, woont } from './brp-tabellen'
import type { Bewoning, BrpDatum, BrpRecord, Geboorte, Naam } from './brp-types'

type Extra = Omit<BrpRecord, 'burgerservicenummer' | 'naam' | 'geslacht' | 'geboorte' | 'nationaliteiten' | 'bewoning'> & {
  geboorte: Omit<Geboorte, 'datum'>
  nationaliteiten?: BrpRecord['nationaliteiten']
  /** Since when the person lives at the address of mocks/state/persons.ts. */
  woontHierSinds: BrpDatum
  /** Earlier addresses, newest first. */
  eerder?: Bewoning[]
}

/** The BRP record of a test person of mocks/state/persons.ts: name, birth and address from there, the rest added. */
export function testPersoon(bsn: string, { geboorte, nationaliteiten = [NEDERLANDSE], woontHierSinds, eerder = [], ...rest }: Extra): BrpRecord {
  const person = findTestPerson(bsn)
  if (!person) throw new Error(`Geen testpersoon ${bsn}`)
  const { straat, huisnummer, postcode, woonplaats, gemeente } = person.adres
  return {
    burgerservicenummer: bsn,
    naam: { voornamen: person.voornamen, ...(person.voorvoegsel ? { voorvoegsel: person.voorvoegsel } : {}), geslachtsnaam: person.geslachtsnaam },
    geslacht: person.geslacht === 'man' ? MAN : VROUW,
    geboorte: { datum: datum(person.geboortedatum), ...geboorte },
    nationaliteiten,
    bewoning: [woont(`${straat} ${huisnummer}, ${postcode} ${woonplaats}`, woontHierSinds, gemeente), ...eerder],
    ...rest,
  }
}

/** A related person without a record of their own in the mock BRP (no burgerservicenummer). */
export const persoon = (voornamen: string, geslachtsnaam: string, geboorte: Geboorte, voorvoegsel?: string) => ({
  naam: { voornamen, ...(voorvoegsel ? { voorvoegsel } : {}), geslachtsnaam } satisfies Naam,
  geboorte,
})
