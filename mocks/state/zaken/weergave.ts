import type { HistorieRegel, Statustype, Taak, Zaak, Zaakinformatieobject, ZaakSamenvatting, Zaaktype as ZaaktypeJson } from '../../../src/features/zaken/zaken.schemas'
import { isoDatum, plusDagen } from '../dates'
import { seededRandom } from '../random'
import { behandelaar } from './organisaties'
import type { OpgeslagenStatus, OpgeslagenZaak, Zaaktype } from './types'

/**
 * The stored zaken as the API shows them: the app's own types, so the two cannot drift apart. What is
 * visible depends on `nu` (the mock clock): an answer to a question shows from its moment on.
 */
const uuidVan = (naam: string) => seededRandom(naam).uuid()
export const zaaktypeUrl = (zaaktype: Zaaktype) => `/api/catalogi/zaaktypen/${uuidVan(`zaaktype ${zaaktype.identificatie}`)}`
export const zaaktypeStatustypeUrl = (zaaktype: Zaaktype, stap: number) => `/api/catalogi/statustypen/${uuidVan(`statustype ${zaaktype.identificatie} ${stap}`)}`
export const downloadPad = (uuid: string) => `/api/documenten/enkelvoudiginformatieobjecten/${uuid}/download`

const tijdstip = (ms: number) => new Date(ms).toISOString()

export function huidigeStatus(zaak: OpgeslagenZaak): OpgeslagenStatus {
  const status = zaak.statussen.at(-1)
  if (!status) throw new Error(`zaak ${zaak.uuid} heeft geen status`)
  return status
}

export const isAfgesloten = (zaak: OpgeslagenZaak) => huidigeStatus(zaak).stap === zaak.zaaktype.stappen.length - 1
export const takenOpen = (zaak: OpgeslagenZaak) => zaak.taken.filter((taak) => taak.afgerondOp === undefined).length

/** The last change the person can see. */
export function bijgewerktOp(zaak: OpgeslagenZaak, nu: number): number {
  let laatste = huidigeStatus(zaak).gezetOp
  const neem = (moment: number | undefined) => {
    if (moment !== undefined && moment <= nu && moment > laatste) laatste = moment
  }
  for (const status of zaak.statussen) neem(status.gezetOp)
  for (const taak of zaak.taken) neem(taak.afgerondOp)
  for (const document of zaak.documenten) neem(document.toegevoegdOp)
  for (const vraag of zaak.vragen) {
    neem(vraag.gesteldOp)
    neem(vraag.antwoordOp)
  }
  for (const reactie of zaak.reacties) neem(reactie.verstuurdOp)
  return laatste
}

export function samenvatting(zaak: OpgeslagenZaak, nu: number): ZaakSamenvatting {
  const status = huidigeStatus(zaak)
  const stap = zaak.zaaktype.stappen[status.stap]
  const { doorlooptijdDagen, wettelijkeTermijnDagen } = zaak.zaaktype
  const open = takenOpen(zaak)
  return {
    uuid: zaak.uuid,
    identificatie: zaak.identificatie,
    omschrijving: zaak.omschrijving,
    startdatum: isoDatum(zaak.startdatum),
    ...(zaak.einddatum === undefined ? {} : { einddatum: isoDatum(zaak.einddatum) }),
    einddatumGepland: isoDatum(plusDagen(zaak.startdatum, doorlooptijdDagen)),
    ...(wettelijkeTermijnDagen === undefined ? {} : { uiterlijkeEinddatumAfdoening: isoDatum(plusDagen(zaak.startdatum, wettelijkeTermijnDagen)) }),
    organisatie: zaak.zaaktype.organisatie,
    huidigeStatus: { omschrijving: stap?.omschrijving ?? '', statustekst: stap?.statustekst ?? '', datumStatusGezet: tijdstip(status.gezetOp) },
    bijgewerktOp: tijdstip(bijgewerktOp(zaak, nu)),
    takenOpen: open,
    actieNodig: open > 0,
    isAfgesloten: isAfgesloten(zaak),
  }
}

function zaaktypeJson(zaaktype: Zaaktype): ZaaktypeJson {
  const laatste = zaaktype.stappen.length - 1
  const statustypen = zaaktype.stappen.map((stap, index): Statustype => ({
    url: zaaktypeStatustypeUrl(zaaktype, index),
    ...stap,
    volgnummer: index + 1,
    isEindstatus: index === laatste,
  }))
  return { url: zaaktypeUrl(zaaktype), identificatie: zaaktype.identificatie, omschrijving: zaaktype.omschrijving, statustypen }
}

export function taakJson(taak: OpgeslagenZaak['taken'][number]): Taak {
  const { afgerondOp, bestandsnaam: _bestandsnaam, ...rest } = taak
  return { ...rest, status: afgerondOp === undefined ? 'open' : 'afgerond', ...(afgerondOp === undefined ? {} : { afgerondOp: tijdstip(afgerondOp) }) }
}

/** Newest first; what lies after `nu` (an answer still on its way) does not show yet. */
export function historie(zaak: OpgeslagenZaak, nu: number): HistorieRegel[] {
  const regels: { moment: number; regel: HistorieRegel }[] = []
  for (const status of zaak.statussen) {
    const stap = zaak.zaaktype.stappen[status.stap]
    regels.push({ moment: status.gezetOp, regel: { soort: 'status', id: status.uuid, tijdstip: tijdstip(status.gezetOp), omschrijving: stap?.omschrijving ?? '', statustekst: stap?.statustekst ?? '' } })
  }
  for (const vraag of zaak.vragen) {
    regels.push({ moment: vraag.gesteldOp, regel: { soort: 'vraag', id: vraag.id, tijdstip: tijdstip(vraag.gesteldOp), tekst: vraag.tekst } })
    if (vraag.antwoordOp <= nu) {
      regels.push({ moment: vraag.antwoordOp, regel: { soort: 'antwoord', id: vraag.antwoordId, tijdstip: tijdstip(vraag.antwoordOp), tekst: vraag.antwoord, vraagId: vraag.id } })
    }
  }
  for (const taak of zaak.taken) {
    if (taak.afgerondOp === undefined) continue
    const { antwoord, bestandsnaam } = taak
    regels.push({
      moment: taak.afgerondOp,
      regel: { soort: 'taak', id: `${taak.id}-afgerond`, tijdstip: tijdstip(taak.afgerondOp), taakId: taak.id, omschrijving: taak.omschrijving, ...(antwoord === undefined ? {} : { antwoord }), ...(bestandsnaam === undefined ? {} : { bestandsnaam }) },
    })
  }
  for (const reactie of zaak.reacties) {
    const { id, berichtId, tekst, bijlagen } = reactie
    regels.push({ moment: reactie.verstuurdOp, regel: { soort: 'reactie', id, tijdstip: tijdstip(reactie.verstuurdOp), berichtId, tekst, bijlagen: [...bijlagen] } })
  }
  return regels.filter(({ moment }) => moment <= nu).sort((a, b) => b.moment - a.moment).map(({ regel }) => regel)
}

export function zaakinformatieobject(document: OpgeslagenZaak['documenten'][number], bestandsomvang: number): Zaakinformatieobject {
  return {
    uuid: document.koppelingUuid,
    titel: document.titel,
    registratiedatum: tijdstip(document.toegevoegdOp),
    toegevoegdDoor: document.toegevoegdDoor,
    _expand: {
      informatieobject: {
        uuid: document.uuid,
        titel: document.titel,
        bestandsnaam: document.bestandsnaam,
        formaat: document.formaat,
        bestandsomvang,
        creatiedatum: isoDatum(document.toegevoegdOp),
        inhoud: downloadPad(document.uuid),
      },
    },
  }
}

export interface DetailExtra {
  /** Bytes per document uuid (PDFs are made before answering, so sizes are real). */
  grootten: ReadonlyMap<string, number>
  berichten: Zaak['berichten']
}

export function detail(zaak: OpgeslagenZaak, nu: number, { grootten, berichten }: DetailExtra): Zaak {
  const zaaktype = zaaktypeJson(zaak.zaaktype)
  return {
    ...samenvatting(zaak, nu),
    ...(zaak.toelichting === undefined ? {} : { toelichting: zaak.toelichting }),
    ...(zaak.resultaat === undefined ? {} : { resultaat: zaak.resultaat }),
    behandelaar: behandelaar(zaak.zaaktype.organisatie),
    statussen: zaak.statussen.map((status) => ({ uuid: status.uuid, statustype: zaaktypeStatustypeUrl(zaak.zaaktype, status.stap), datumStatusGezet: tijdstip(status.gezetOp) })),
    taken: zaak.taken.map(taakJson),
    berichten,
    historie: historie(zaak, nu),
    _expand: {
      zaaktype,
      zaakinformatieobjecten: zaak.documenten.map((document) => zaakinformatieobject(document, grootten.get(document.uuid) ?? 0)),
    },
  }
}
