import type { MockClock } from '../clock'
import { isoDatum } from '../dates'
import { volledigeNaam } from './adressering'
import { eersteDag } from './brp-datum'
import { brpPersoon, type BrpContext } from './brp-persoon'
import type { BrpRecord, Naam } from './brp-types'
import { seedBrp } from './seed-brp'

/** The values a correction (MFO) may change, as BRP field paths. */
const NAAMDELEN = { 'naam.voornamen': 'voornamen', 'naam.voorvoegsel': 'voorvoegsel', 'naam.geslachtsnaam': 'geslachtsnaam' } as const satisfies Record<string, keyof Naam>
export type WijzigbaarVeld = keyof typeof NAAMDELEN
export const WIJZIGBARE_VELDEN = Object.keys(NAAMDELEN)

const MEERDERJARIG = 18

/** Full years between two yyyy-mm-dd days. */
export function leeftijdOp(geboren: string, vandaag: string): number {
  const jaren = Number(vandaag.slice(0, 4)) - Number(geboren.slice(0, 4))
  return vandaag.slice(5) < geboren.slice(5) ? jaren - 1 : jaren
}

/**
 * The mock BRP: every person the seed needs, keyed by burgerservicenummer. Ages, gezag and "today" follow
 * the mock clock; the seed is dated relative to the clock at the last reset.
 */
export function createBrpRegister(clock: MockClock) {
  let records = seedBrp(clock.now().getTime())
  const vandaag = () => isoDatum(clock.now().getTime())
  const leeftijd = (record: BrpRecord) => (record.geboorte.datum.type === 'Datum' ? leeftijdOp(record.geboorte.datum.datum, vandaag()) : undefined)
  const minderjarig = (record: BrpRecord) => (leeftijd(record) ?? MEERDERJARIG) < MEERDERJARIG

  const context: BrpContext = {
    record: (bsn) => records.get(bsn),
    leeftijd,
    gezagOver: (bsn) => [...records.values()].filter((kind) => kind.gezag?.dragers.includes(bsn) && minderjarig(kind)),
  }

  return {
    /** The person in the shape of Haal Centraal BRP Personen v2, before `fields` picks from it. */
    persoon(bsn: string) {
      const record = records.get(bsn)
      return record ? brpPersoon(record, context) : undefined
    },

    volledigeNaam(bsn: string): string | undefined {
      const record = records.get(bsn)
      return record ? volledigeNaam(record.naam) : undefined
    },

    /** A parent (or guardian) with gezag over a child who is a minor by the mock clock today. */
    heeftGezag(ouder: string, kind: string): boolean {
      const record = records.get(kind)
      return record !== undefined && minderjarig(record) && (record.gezag?.dragers.includes(ouder) ?? false)
    },

    /** Haal Centraal Verblijfplaatshistorie: the addresses lived at for at least a day in [van, tot], newest first. */
    verblijfplaatsen(bsn: string, van: string, tot: string) {
      const record = records.get(bsn)
      if (!record) return undefined
      return record.bewoning.flatMap((bewoning, index) => {
        const volgende = record.bewoning[index - 1]
        const begin = eersteDag(bewoning.datumVan) ?? '0000-01-01'
        const einde = volgende ? (eersteDag(volgende.datumVan) ?? '9999-12-31') : '9999-12-31'
        if (begin > tot || einde <= van) return []
        return [
          {
            type: 'Adres',
            verblijfadres: { ...bewoning.verblijfadres },
            datumVan: { ...bewoning.datumVan },
            ...(volgende ? { datumTot: { ...volgende.datumVan } } : {}),
            gemeenteVanInschrijving: { ...bewoning.gemeente },
          },
        ]
      })
    },

    /** Change one value (a correction); the old value, or undefined when the person is not registered. */
    wijzig(bsn: string, veld: WijzigbaarVeld, waarde: string): string | undefined {
      const record = records.get(bsn)
      if (!record) return undefined
      const deel = NAAMDELEN[veld]
      const oud = record.naam[deel] ?? ''
      const { voorvoegsel: _oud, ...zonderVoorvoegsel } = record.naam
      // An empty voorvoegsel means none; the other parts are never empty.
      record.naam = deel === 'voorvoegsel' && waarde === '' ? zonderVoorvoegsel : { ...record.naam, [deel]: waarde }
      return oud
    },

    vandaag,

    reset() {
      records = seedBrp(clock.now().getTime())
    },
  }
}

export type BrpRegister = ReturnType<typeof createBrpRegister>
