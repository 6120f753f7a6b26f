import { randomUUID } from 'node:crypto'
import type { Bestandstype } from '../../../src/features/zaken/zaken.schemas'
import type { MockClock } from '../clock'
import { jaarVan } from '../dates'
import { seededRandom } from '../random'
import { documentPdf } from './document-pdf'
import { zaakUit, type BriefZoeker, type ZaakRegel } from './seed'
import { fatimaZaken } from './seed-fatima'
import { keesZaken } from './seed-kees'
import { overigeZaken } from './seed-overig'
import type { OpgeslagenDocument, OpgeslagenTaak, OpgeslagenVraag, OpgeslagenZaak, Zaaktype } from './types'
import { isAfgesloten } from './weergave'

/** The organisation answers a question this long after it was asked, by the mock clock (move the clock to see it at once). */
export const ANTWOORD_NA_MS = 30_000

function regelsVoor(bsn: string): readonly ZaakRegel[] {
  if (bsn === '999990019') return fatimaZaken
  if (bsn === '999990044') return keesZaken(seededRandom('zaken-kees'))
  return overigeZaken[bsn] ?? []
}
const GESEEDE_PERSONEN = ['999990019', '999990044', ...Object.keys(overigeZaken)]

export interface NieuwDocument {
  titel: string
  bestandsnaam: string
  formaat: Bestandstype
  bytes: Uint8Array
}

/** A zaak the person starts now (MFO: a correctieverzoek). */
export interface NieuweZaak {
  zaaktype: Zaaktype
  omschrijving: string
  toelichting?: string
}

/** Numbers of zaken started after the seed: far from the seed's (4000 and up), so the two never meet. */
const EERSTE_NIEUWE_NUMMER = 100_000

/**
 * Everyone's zaken. A person's zaken are seeded the first time someone asks for them, relative to the moment
 * of the last reset, so deadlines and end dates stay alive; moving the clock later makes them pass.
 */
export function createZakenStore(clock: MockClock, zoekBrief: BriefZoeker) {
  let anker = clock.now().getTime()
  let perBsn = new Map<string, OpgeslagenZaak[]>()
  let eigenaren = new Map<string, string>()
  let pdfs = new Map<string, Promise<Uint8Array>>()
  let gestart = 0
  const nu = () => clock.now().getTime()

  function zaken(bsn: string): OpgeslagenZaak[] {
    let lijst = perBsn.get(bsn)
    if (!lijst) {
      const rng = seededRandom(`zaken-${bsn}`)
      lijst = regelsVoor(bsn).map((regel, index) => zaakUit(regel, index, bsn, anker, rng, zoekBrief))
      perBsn.set(bsn, lijst)
      for (const zaak of lijst) eigenaren.set(zaak.uuid, bsn)
    }
    return lijst
  }

  return {
    zaken,
    vind: (bsn: string, uuid: string) => zaken(bsn).find((zaak) => zaak.uuid === uuid),

    /** For /__mock: a zaak by its id alone, whoever's it is (every seeded person is looked at). */
    vindOveral(uuid: string): { bsn: string; zaak: OpgeslagenZaak } | undefined {
      if (!eigenaren.has(uuid)) for (const bsn of GESEEDE_PERSONEN) zaken(bsn)
      const bsn = eigenaren.get(uuid)
      const zaak = bsn === undefined ? undefined : zaken(bsn).find((kandidaat) => kandidaat.uuid === uuid)
      return bsn !== undefined && zaak ? { bsn, zaak } : undefined
    },

    vindDocument(bsn: string, uuid: string): { zaak: OpgeslagenZaak; document: OpgeslagenDocument } | undefined {
      for (const zaak of zaken(bsn)) {
        const document = zaak.documenten.find((kandidaat) => kandidaat.uuid === uuid)
        if (document) return { zaak, document }
      }
      return undefined
    },

    /** The next step, or the one named; at the eindstatus the zaak closes with its resultaat. */
    zetStatus(zaak: OpgeslagenZaak, stap: number, resultaat?: string): void {
      const moment = nu()
      zaak.statussen.push({ uuid: randomUUID(), stap, gezetOp: moment })
      if (isAfgesloten(zaak)) {
        zaak.einddatum = moment
        zaak.resultaat = resultaat ?? 'Afgehandeld'
      }
    },

    /** A new zaak at its first status, the person's newest; registered, so /__mock finds it by its id. */
    start(bsn: string, nieuw: NieuweZaak): OpgeslagenZaak {
      const moment = nu()
      gestart += 1
      const zaak: OpgeslagenZaak = {
        uuid: randomUUID(),
        identificatie: `${nieuw.zaaktype.prefix}-${jaarVan(moment)}-${String(EERSTE_NIEUWE_NUMMER + gestart).padStart(6, '0')}`,
        zaaktype: nieuw.zaaktype,
        omschrijving: nieuw.omschrijving,
        ...(nieuw.toelichting === undefined ? {} : { toelichting: nieuw.toelichting }),
        startdatum: moment,
        statussen: [{ uuid: randomUUID(), stap: 0, gezetOp: moment }],
        taken: [],
        documenten: [],
        vragen: [],
        reacties: [],
        berichtIds: [],
      }
      zaken(bsn).push(zaak)
      eigenaren.set(zaak.uuid, bsn)
      return zaak
    },

    /**
     * ZGW "heropenen": a new status of a step before the eindstatus, and the zaak is open again, without
     * einddatum or resultaat. The history keeps the earlier statuses. False for the eindstatus itself.
     */
    heropen(zaak: OpgeslagenZaak, stap: number): boolean {
      if (!Number.isInteger(stap) || stap < 0 || stap >= zaak.zaaktype.stappen.length - 1) return false
      zaak.statussen.push({ uuid: randomUUID(), stap, gezetOp: nu() })
      delete zaak.einddatum
      delete zaak.resultaat
      return true
    },

    voegDocumentToe(zaak: OpgeslagenZaak, nieuw: NieuwDocument): OpgeslagenDocument {
      const { bytes, ...metadata } = nieuw
      const document: OpgeslagenDocument = {
        uuid: randomUUID(),
        koppelingUuid: randomUUID(),
        ...metadata,
        toegevoegdOp: nu(),
        toegevoegdDoor: 'u',
        inhoud: { soort: 'bytes', bytes },
      }
      zaak.documenten.push(document)
      return document
    },

    rondTaakAf(taak: OpgeslagenTaak, uitkomst: { antwoord?: string; bestandsnaam?: string }): void {
      Object.assign(taak, uitkomst, { afgerondOp: nu() })
    },

    stelVraag(zaak: OpgeslagenZaak, tekst: string): OpgeslagenVraag {
      const gesteldOp = nu()
      const { organisatie } = zaak.zaaktype
      const antwoord = `Bedankt voor uw vraag. We hebben hem gelezen en werken aan uw zaak. Is er meer nodig? Dan nemen we contact met u op. Met vriendelijke groet, ${organisatie}.`
      const vraag = { id: randomUUID(), tekst, gesteldOp, antwoordId: randomUUID(), antwoord, antwoordOp: gesteldOp + ANTWOORD_NA_MS }
      zaak.vragen.push(vraag)
      return vraag
    },

    /** A reactie to a letter of this zaak: recorded, and the open tasks that came with that letter are done. */
    reageer(zaak: OpgeslagenZaak, berichtId: string, tekst: string, bijlagen: readonly OpgeslagenDocument[]) {
      const moment = nu()
      const reactie = { id: randomUUID(), berichtId, tekst, bijlagen: bijlagen.map((document) => document.bestandsnaam), verstuurdOp: moment }
      zaak.reacties.push(reactie)
      for (const taak of zaak.taken) {
        if (taak.berichtId === berichtId && taak.afgerondOp === undefined) taak.afgerondOp = moment
      }
      return reactie
    },

    /** The bytes of a document: an upload as it came, an organisation's letter as a PDF made once and kept. */
    inhoud(bsn: string, zaak: OpgeslagenZaak, document: OpgeslagenDocument): Promise<Uint8Array> {
      if (document.inhoud.soort === 'bytes') return Promise.resolve(document.inhoud.bytes)
      const sleutel = `${bsn}/${document.uuid}`
      let pdf = pdfs.get(sleutel)
      if (!pdf) {
        pdf = documentPdf(bsn, zaak, document, document.inhoud.tekst)
        pdfs.set(sleutel, pdf)
        pdf.catch(() => pdfs.delete(sleutel))
      }
      return pdf
    },

    reset() {
      anker = clock.now().getTime()
      perBsn = new Map()
      eigenaren = new Map()
      pdfs = new Map()
      gestart = 0
    },
  }
}

export type ZakenStore = ReturnType<typeof createZakenStore>
