import type { Correctieverzoek, MeldbaarGegeven, Resultaat } from '../../../src/features/mfo/mfo.schemas'
import type { WijzigbaarVeld } from '../gegevens/brp-register'
import type { NieuwDocument } from '../zaken/zaken-store'

/** One value a person can report, with what the API does not show: how the zaak names it, and which BRP field it is. */
export interface MeldbaarItem extends MeldbaarGegeven {
  bronhouder: string
  registratieNaam: string
  /** Whose or what, inside a sentence: "Yusuf El Amarni", "auto T-472-KV". */
  over: string
  /** A BRP name part, the one kind of value the mock really corrects. */
  brpVeld?: WijzigbaarVeld
}

/** A file uploaded for a request: a concept until a request takes it along. */
export interface OpgeslagenBijlage {
  id: string
  bsn: string
  bestand: NieuwDocument
  geuploadOp: number
  /** The request it went with; from then on it cannot be deleted. */
  verzoekId?: string
}

/** A submitted request. Status, end and the term to reopen follow its zaak; `resultaat` is what the effect recorded. */
export interface OpgeslagenVerzoek {
  id: string
  bsn: string
  zaakUuid: string
  ingediendOp: number
  gegeven: Correctieverzoek['gegeven']
  brpVeld?: MeldbaarItem['brpVeld']
  gewensteWaarde: string
  toelichting: string
  contactBronhouder: Correctieverzoek['contactBronhouder']
  gevolgen: Correctieverzoek['gevolgen']
  bijlagen: string[]
  contactvoorkeur: Correctieverzoek['contactvoorkeur']
  heropeningen: { reden: string; op: number }[]
  resultaat?: Resultaat
  /** Set by a "gecorrigeerd" end: whether the value really changed in the registration (the mock changes BRP name parts only). */
  correctie?: { op: number; doorgevoerd: boolean }
}
