import { BESTANDSTYPEN } from '../../../src/features/zaken/zaken.schemas'
import { DAG_MS, isoDatum, jaarVan, plusDagen } from '../dates'
import type { Random } from '../random'
import type { OpgeslagenTaak, OpgeslagenZaak, Zaaktype } from './types'

/** A letter in the Berichtenbox, found by its afzender and subject (the seed gives berichten random ids). */
export interface BriefVerwijzing {
  afzender: string
  onderwerp: string
}

/** Finds a person's letter: its id, and the deadline of its action. */
export type BriefZoeker = (bsn: string, brief: BriefVerwijzing) => { berichtId: string; deadline?: string } | undefined

export interface TaakRegel {
  soort: OpgeslagenTaak['soort']
  omschrijving: string
  vraag?: string
  deadlineOverDagen?: number
  /** The letter the task came with: its id and deadline come from the Berichtenbox, so both say the same day. */
  brief?: BriefVerwijzing
}

/** One zaak in a person's seed; days are relative to the moment of seeding. */
export interface ZaakRegel {
  zaaktype: Zaaktype
  omschrijving?: string
  toelichting?: string
  /** The day each status was reached, in days ago; the first is the start. All statustypen reached: closed. */
  statusDagenGeleden: readonly number[]
  resultaat?: string
  taken?: readonly TaakRegel[]
  documenten?: readonly { titel: string; dagenGeleden: number; tekst: string }[]
  vragen?: readonly { tekst: string; antwoord: string; dagenGeleden: number }[]
  brieven?: readonly BriefVerwijzing[]
}

const MINUUT_MS = 60_000
/** Organisations work office hours: a status or document lands a few hours before the seed moment's clock time. */
const opDag = (anker: number, dagenGeleden: number, rng: Random) => anker - dagenGeleden * DAG_MS - rng.int(20, 6 * 60) * MINUUT_MS

export function zaakUit(regel: ZaakRegel, index: number, bsn: string, anker: number, rng: Random, zoekBrief: BriefZoeker): OpgeslagenZaak {
  const { zaaktype } = regel
  const statussen = regel.statusDagenGeleden.map((dagen, stap) => ({ uuid: rng.uuid(), stap, gezetOp: opDag(anker, dagen, rng) }))
  const startdatum = statussen[0]?.gezetOp ?? anker
  const laatste = statussen.at(-1)
  const afgesloten = laatste !== undefined && laatste.stap === zaaktype.stappen.length - 1
  const brieven = (regel.brieven ?? []).flatMap((brief) => zoekBrief(bsn, brief)?.berichtId ?? [])
  const taken = (regel.taken ?? []).map((taak): OpgeslagenTaak => {
    const brief = taak.brief ? zoekBrief(bsn, taak.brief) : undefined
    const deadline = brief?.deadline ?? (taak.deadlineOverDagen === undefined ? undefined : isoDatum(plusDagen(anker, taak.deadlineOverDagen)))
    return {
      id: rng.uuid(),
      soort: taak.soort,
      omschrijving: taak.omschrijving,
      ...(taak.vraag === undefined ? {} : { vraag: taak.vraag }),
      ...(deadline === undefined ? {} : { deadline }),
      ...(brief ? { berichtId: brief.berichtId } : {}),
    }
  })
  return {
    uuid: rng.uuid(),
    identificatie: `${zaaktype.prefix}-${jaarVan(startdatum)}-${String(4000 + index * 37 + rng.int(0, 36)).padStart(6, '0')}`,
    zaaktype,
    omschrijving: regel.omschrijving ?? zaaktype.omschrijving,
    ...(regel.toelichting === undefined ? {} : { toelichting: regel.toelichting }),
    startdatum,
    ...(afgesloten ? { einddatum: laatste.gezetOp, resultaat: regel.resultaat ?? 'Afgehandeld' } : {}),
    statussen,
    taken,
    documenten: (regel.documenten ?? []).map(({ titel, dagenGeleden, tekst }) => ({
      uuid: rng.uuid(),
      koppelingUuid: rng.uuid(),
      titel,
      bestandsnaam: `${bestandsnaamVan(titel)}${BESTANDSTYPEN['application/pdf'][0]}`,
      formaat: 'application/pdf',
      toegevoegdOp: opDag(anker, dagenGeleden, rng),
      toegevoegdDoor: 'organisatie',
      inhoud: { soort: 'brief', tekst },
    })),
    vragen: (regel.vragen ?? []).map(({ tekst, antwoord, dagenGeleden }) => {
      const gesteldOp = opDag(anker, dagenGeleden, rng)
      return { id: rng.uuid(), tekst, gesteldOp, antwoordId: rng.uuid(), antwoord, antwoordOp: gesteldOp + 2 * DAG_MS }
    }),
    reacties: [],
    berichtIds: [...new Set([...brieven, ...taken.flatMap((taak) => taak.berichtId ?? [])])],
  }
}

/** "Ontvangstbevestiging aanvraag" → "ontvangstbevestiging-aanvraag": plain ASCII, safe in any header and file system. */
export function bestandsnaamVan(titel: string): string {
  const slug = titel
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return slug || 'document'
}
