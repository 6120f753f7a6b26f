import { adresseringVan } from '../gegevens/adressering'
import { findTestPerson } from '../persons'
import { findAfzender } from './afzenders'
import type { BriefContext, Sjabloon } from './brief'
import { DAG_MS, isoDatum, plusDagen, plusMaanden } from '../dates'
import type { Random } from '../random'
import type { MapNaam, OpgeslagenBericht } from './types'

/** One letter in a person's seed, in days relative to the moment of seeding. */
export interface SeedRegel {
  sjabloon: Sjabloon
  dagenGeleden: number
  map?: MapNaam
  ongelezen?: boolean
  /** Keep it this many days from the seed moment, instead of the afzender's usual term (near the end of retention). */
  bewaarDagen?: number
  prullenbakDagenGeleden?: number
}

export type Ontvanger = Omit<BriefContext, 'verzonden' | 'rng'>

const kentekens: Record<string, string> = { '999990019': 'T-472-KV', '999990020': 'G-208-RN', '999990044': 'K-815-BZ' }

export function ontvangerVoor(bsn: string): Ontvanger {
  const person = findTestPerson(bsn)
  return {
    aanhef: person ? adresseringVan(person).aanhef : 'Geachte heer, mevrouw',
    gemeente: `Gemeente ${person?.adres.gemeente ?? 'Utrecht'}`,
    kenteken: kentekens[bsn] ?? 'XX-000-X',
  }
}

/** Turns seed lines into stored berichten, newest first. */
export function berichtenUit(regels: readonly SeedRegel[], ontvanger: Ontvanger, anker: number, rng: Random): OpgeslagenBericht[] {
  return regels
    .map((regel) => {
      // Government post arrives during office hours: a few hours before the seed moment's clock time.
      const verzonden = anker - regel.dagenGeleden * DAG_MS - rng.int(30, 8 * 60) * 60_000
      const brief = regel.sjabloon({ ...ontvanger, verzonden, rng })
      const bewaarMaanden = findAfzender(brief.afzender)?.bewaarMaanden ?? 24
      const bericht: OpgeslagenBericht = {
        berichtId: rng.uuid(),
        ...brief,
        publicatietijdstip: verzonden,
        bewaartermijn: isoDatum(regel.bewaarDagen === undefined ? plusMaanden(verzonden, bewaarMaanden) : plusDagen(anker, regel.bewaarDagen)),
        map: regel.map ?? 'postvak',
        status: regel.ongelezen ? 'ongelezen' : 'gelezen',
        bijlagen: brief.bijlagen.map((naam) => ({ bijlageId: rng.uuid(), naam })),
      }
      if (regel.prullenbakDagenGeleden !== undefined) {
        bericht.map = 'prullenbak'
        bericht.verplaatstNaarPrullenbakOp = anker - regel.prullenbakDagenGeleden * DAG_MS
      }
      return bericht
    })
    .sort(nieuwsteEerst)
}

export const nieuwsteEerst = (a: OpgeslagenBericht, b: OpgeslagenBericht) =>
  b.publicatietijdstip - a.publicatietijdstip || a.berichtId.localeCompare(b.berichtId)
