import {
  HEROPEN_TERMIJN_DAGEN,
  RESULTATEN,
  VERZOEK_STATUSSEN,
  type Bijlage,
  type Correctieverzoek,
  type NieuwCorrectieverzoek,
  type Resultaat,
} from '../../../src/features/mfo/mfo.schemas'
import type { MockClock } from '../clock'
import { DAG_MS, isoDatum, plusDagen } from '../dates'
import type { Gegevens } from '../gegevens/gegevens'
import { seededRandom } from '../random'
import type { OpgeslagenZaak } from '../zaken/types'
import { huidigeStatus, isAfgesloten } from '../zaken/weergave'
import type { Zaken } from '../zaken/zaken'
import type { NieuwDocument } from '../zaken/zaken-store'
import { meldbareItems, registraties } from './registraties'
import type { MeldbaarItem, OpgeslagenBijlage, OpgeslagenVerzoek } from './types'
import { correctieverzoekZaaktype, STAPPEN } from './zaaktype'

/** Files one person may have uploaded and not yet sent with a request: enough for one request, and a few tries. */
export const MAX_CONCEPT_BIJLAGEN = 20
/** A file uploaded and never sent goes after this long (by the mock clock): a draft lost on a device frees its room. */
export const CONCEPT_BEWAARD_DAGEN = 7
/** Requests one person keeps: against a flood, far above what anyone sends. */
export const MAX_VERZOEKEN = 100

/** The request as the handler checked it: texts cleaned, the item found, the bijlagen the person's own concepts. */
export type GecontroleerdVerzoek = Omit<NieuwCorrectieverzoek, 'gegeven'> & { item: MeldbaarItem }

export type Heropening =
  | { uitkomst: 'heropend'; verzoek: Correctieverzoek }
  | { uitkomst: 'niet-gevonden' | 'niet-afgerond' | 'termijn-verstreken' }

/** The shown resultaat of the zaak; the request keeps the code. */
const LEESBAAR: Record<Resultaat, string> = { gecorrigeerd: 'Gecorrigeerd', 'niet-gecorrigeerd': 'Niet gecorrigeerd' }

/** "gecorrigeerd", "Niet gecorrigeerd", "niet-gecorrigeerd": the codes as /__mock may send them. */
function alsResultaat(tekst: string): Resultaat | undefined {
  const code = tekst.trim().toLowerCase().replace(/\s+/g, '-')
  return RESULTATEN.find((resultaat) => resultaat === code)
}

/**
 * The Meldpunt Fouten in Overheidsregistraties: concept uploads, submitted requests, each tracked as a zaak
 * in Lopende zaken. A request's status is its zaak's; the end of the zaak has the effect (`opResultaat`).
 */
export function createMfoStore(clock: MockClock, gegevens: Gegevens, zaken: Zaken) {
  let verzoeken: OpgeslagenVerzoek[] = []
  let bijlagen = new Map<string, OpgeslagenBijlage>()
  let ids = seededRandom('correctieverzoek')
  const nu = () => clock.now().getTime()

  const bijlageJson = ({ id, bestand }: OpgeslagenBijlage): Bijlage => ({
    id,
    bestandsnaam: bestand.bestandsnaam,
    formaat: bestand.formaat,
    bestandsomvang: bestand.bytes.byteLength,
  })

  function zaakVan(verzoek: OpgeslagenVerzoek): OpgeslagenZaak {
    const zaak = zaken.vind(verzoek.bsn, verzoek.zaakUuid)
    if (!zaak) throw new Error(`correctieverzoek ${verzoek.id} heeft geen zaak`)
    return zaak
  }

  /** The last day to reopen, while that day has not passed; undefined while the zaak runs. */
  function heropenbaarTot(zaak: OpgeslagenZaak): string | undefined {
    if (!isAfgesloten(zaak) || zaak.einddatum === undefined) return undefined
    const tot = isoDatum(plusDagen(zaak.einddatum, HEROPEN_TERMIJN_DAGEN))
    return isoDatum(nu()) <= tot ? tot : undefined
  }

  function weergave(verzoek: OpgeslagenVerzoek): Correctieverzoek {
    const zaak = zaakVan(verzoek)
    const afgerond = isAfgesloten(zaak)
    const tot = heropenbaarTot(zaak)
    return {
      id: verzoek.id,
      referentie: zaak.identificatie,
      status: VERZOEK_STATUSSEN[huidigeStatus(zaak).stap] ?? 'in-behandeling',
      ...(afgerond && verzoek.resultaat ? { resultaat: verzoek.resultaat } : {}),
      ingediendOp: new Date(verzoek.ingediendOp).toISOString(),
      ...(afgerond && zaak.einddatum !== undefined ? { afgerondOp: new Date(zaak.einddatum).toISOString() } : {}),
      ...(tot ? { heropenbaarTot: tot } : {}),
      gegeven: structuredClone(verzoek.gegeven),
      gewensteWaarde: verzoek.gewensteWaarde,
      toelichting: verzoek.toelichting,
      contactBronhouder: structuredClone(verzoek.contactBronhouder),
      gevolgen: { ...verzoek.gevolgen },
      bijlagen: verzoek.bijlagen.flatMap((id) => {
        const bijlage = bijlagen.get(id)
        return bijlage ? [bijlageJson(bijlage)] : []
      }),
      contactvoorkeur: { ...verzoek.contactvoorkeur },
      heropeningen: verzoek.heropeningen.map(({ reden, op }) => ({ reden, op: new Date(op).toISOString() })),
      zaak: { uuid: zaak.uuid, identificatie: zaak.identificatie },
    }
  }

  const vanPersoon = (bsn: string) => verzoeken.filter((verzoek) => verzoek.bsn === bsn)
  const vervallen = (bijlage: OpgeslagenBijlage) => bijlage.verzoekId === undefined && bijlage.geuploadOp < nu() - CONCEPT_BEWAARD_DAGEN * DAG_MS
  /** The person's files not sent with a request; expired ones are removed on the way. */
  const concepten = (bsn: string) => {
    for (const [id, bijlage] of bijlagen) if (vervallen(bijlage)) bijlagen.delete(id)
    return [...bijlagen.values()].filter((bijlage) => bijlage.bsn === bsn && bijlage.verzoekId === undefined)
  }

  return {
    /** What the person can report, by id; read live from the registrations. */
    items: (bsn: string) => meldbareItems(gegevens, bsn),
    registraties: (bsn: string) => registraties(meldbareItems(gegevens, bsn)),

    /** A new concept upload, or 'te-veel' when the person has MAX_CONCEPT_BIJLAGEN waiting already. */
    voegBijlageToe(bsn: string, bestand: NieuwDocument): Bijlage | 'te-veel' {
      if (concepten(bsn).length >= MAX_CONCEPT_BIJLAGEN) return 'te-veel'
      const bijlage: OpgeslagenBijlage = { id: ids.uuid(), bsn, bestand, geuploadOp: nu() }
      bijlagen.set(bijlage.id, bijlage)
      return bijlageJson(bijlage)
    },

    /** The person's own concept: not another's, not one sent with a request already. */
    isConcept: (bsn: string, id: string) => {
      return concepten(bsn).some((bijlage) => bijlage.id === id)
    },

    verwijderBijlage(bsn: string, id: string): 'verwijderd' | 'niet-gevonden' | 'verstuurd' {
      const bijlage = bijlagen.get(id)
      if (!bijlage || bijlage.bsn !== bsn) return 'niet-gevonden'
      if (bijlage.verzoekId !== undefined) return 'verstuurd'
      bijlagen.delete(id)
      return 'verwijderd'
    },

    kanIndienen: (bsn: string) => vanPersoon(bsn).length < MAX_VERZOEKEN,

    /** The request, its zaak at "Ontvangen", and the bijlagen as the zaak's documents. The handler checked it all. */
    dienIn(bsn: string, invoer: GecontroleerdVerzoek): Correctieverzoek {
      const { item, gewensteWaarde, toelichting, contactBronhouder, gevolgen, contactvoorkeur } = invoer
      const zaak = zaken.start(bsn, {
        zaaktype: correctieverzoekZaaktype,
        omschrijving: `Correctieverzoek: ${item.label} van ${item.over}`,
        toelichting: `U meldt een fout in de ${item.registratieNaam}. ${item.label} van ${item.over} is nu: "${item.waarde}". Volgens u moet dit zijn: "${gewensteWaarde}".`,
      })
      const { bronhouder, registratieNaam, over: _over, brpVeld, ...gegeven } = item
      const verzoek: OpgeslagenVerzoek = {
        id: ids.uuid(),
        bsn,
        zaakUuid: zaak.uuid,
        ingediendOp: nu(),
        gegeven: { ...gegeven, bronhouder, registratieNaam },
        ...(brpVeld ? { brpVeld } : {}),
        gewensteWaarde,
        toelichting,
        contactBronhouder,
        gevolgen,
        bijlagen: invoer.bijlagen,
        contactvoorkeur,
        heropeningen: [],
      }
      for (const id of invoer.bijlagen) {
        const bijlage = bijlagen.get(id)
        if (!bijlage) continue
        bijlage.verzoekId = verzoek.id
        zaken.voegDocumentToe(zaak, bijlage.bestand)
      }
      verzoeken.push(verzoek)
      return weergave(verzoek)
    },

    /** Newest first. */
    lijst: (bsn: string): Correctieverzoek[] =>
      vanPersoon(bsn)
        .sort((a, b) => b.ingediendOp - a.ingediendOp)
        .map(weergave),

    vind(bsn: string, id: string): Correctieverzoek | undefined {
      const verzoek = verzoeken.find((kandidaat) => kandidaat.id === id && kandidaat.bsn === bsn)
      return verzoek ? weergave(verzoek) : undefined
    },

    /** Only a closed request, within HEROPEN_TERMIJN_DAGEN of its end: the same zaak goes back to "In behandeling". */
    heropen(bsn: string, id: string, reden: string): Heropening {
      const verzoek = verzoeken.find((kandidaat) => kandidaat.id === id && kandidaat.bsn === bsn)
      if (!verzoek) return { uitkomst: 'niet-gevonden' }
      const zaak = zaakVan(verzoek)
      if (!isAfgesloten(zaak)) return { uitkomst: 'niet-afgerond' }
      if (heropenbaarTot(zaak) === undefined) return { uitkomst: 'termijn-verstreken' }
      zaken.heropen(zaak, STAPPEN.inBehandeling)
      verzoek.heropeningen.push({ reden, op: nu() })
      delete verzoek.resultaat
      return { uitkomst: 'heropend', verzoek: weergave(verzoek) }
    },

    /**
     * The end of a correctieverzoek's zaak: "gecorrigeerd" changes the value in the registration (the mock
     * changes BRP name parts only; anything else is recorded as not carried through). The zaak shows the
     * resultaat in words, the request keeps the code. A resultaat that is neither stays as it was given.
     */
    opResultaat(zaak: OpgeslagenZaak, resultaat: string): void {
      const verzoek = verzoeken.find((kandidaat) => kandidaat.zaakUuid === zaak.uuid)
      const code = alsResultaat(resultaat)
      if (!verzoek || !code) return
      verzoek.resultaat = code
      zaak.resultaat = LEESBAAR[code]
      if (code !== 'gecorrigeerd') return
      const bsn = verzoek.gegeven.burgerservicenummer
      const doorgevoerd = verzoek.brpVeld !== undefined && bsn !== undefined && gegevens.brp.wijzig(bsn, verzoek.brpVeld, verzoek.gewensteWaarde) !== undefined
      verzoek.correctie = { op: nu(), doorgevoerd }
    },

    reset() {
      verzoeken = []
      bijlagen = new Map()
      ids = seededRandom('correctieverzoek')
    },
  }
}

export type MfoStore = ReturnType<typeof createMfoStore>
