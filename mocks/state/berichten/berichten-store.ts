import type { MockClock } from '../clock'
import { findAfzender } from './afzenders'
import { DAG_MS, isoDatum, plusMaanden } from '../dates'
import { zoektekst as maakZoektekst } from './html-tekst'
import { seedMailbox } from './mailboxes'
import { bijlagePdf } from './pdf'
import { nieuwsteEerst } from './seed'
import { selecteer, type Pagina, type Zoekvraag } from './zoekvraag'
import { zichtbaarIn, type Actie, type AfzenderBereik, type BerichtStatus, type BerichtType, type MapNaam, type OpgeslagenBericht } from './types'
import { PRULLENBAK_BEWAARDAGEN } from '../../../src/features/berichten/berichten.schemas'


export interface NieuwBericht {
  afzender: string
  onderwerp: string
  inhoud: string
  type?: BerichtType
  actie?: Actie
  bewaartermijn?: string
  bijlagen?: { naam: string }[]
}

export type Verwijderd = 'verwijderd' | 'niet-gevonden' | 'niet-in-prullenbak'

/**
 * All mailboxes. A mailbox is seeded the first time someone asks for it, relative to the moment
 * of the last reset (the "anker"), so moving the mock clock afterwards makes letters expire.
 */
export function createBerichtenStore(clock: MockClock) {
  let anker = clock.now().getTime()
  let mailboxes = new Map<string, OpgeslagenBericht[]>()
  let zoekteksten = new WeakMap<OpgeslagenBericht, string>()
  let pdfs = new Map<string, Promise<Uint8Array>>()

  function mailbox(bsn: string): OpgeslagenBericht[] {
    let berichten = mailboxes.get(bsn)
    if (!berichten) {
      berichten = seedMailbox(bsn, anker)
      mailboxes.set(bsn, berichten)
    }
    ruimOp(berichten, clock.now().getTime())
    return berichten
  }

  function zoektekst(bericht: OpgeslagenBericht): string {
    let tekst = zoekteksten.get(bericht)
    if (tekst === undefined) {
      tekst = maakZoektekst(bericht.onderwerp, bericht.inhoud)
      zoekteksten.set(bericht, tekst)
    }
    return tekst
  }

  const vind = (bsn: string, berichtId: string, bereik: AfzenderBereik) =>
    mailbox(bsn).find((bericht) => bericht.berichtId === berichtId && zichtbaarIn(bereik, bericht.afzender))

  return {
    lijst(bsn: string, vraag: Zoekvraag, bereik: AfzenderBereik): Pagina {
      return selecteer(mailbox(bsn), vraag, { bereik, vandaag: isoDatum(clock.now().getTime()), zoektekst })
    },

    aantallen(bsn: string, bereik: AfzenderBereik) {
      const perMap: Record<MapNaam, number> = { postvak: 0, archief: 0, prullenbak: 0 }
      let ongelezen = 0
      for (const bericht of mailbox(bsn)) {
        if (!zichtbaarIn(bereik, bericht.afzender)) continue
        perMap[bericht.map] += 1
        if (bericht.map === 'postvak' && bericht.status === 'ongelezen') ongelezen += 1
      }
      return { ongelezen, perMap }
    },

    vind,

    wijzig(bsn: string, berichtId: string, wijziging: { status?: BerichtStatus; map?: MapNaam }, bereik: AfzenderBereik) {
      const bericht = vind(bsn, berichtId, bereik)
      if (!bericht) return undefined
      if (wijziging.status) bericht.status = wijziging.status
      if (wijziging.map && wijziging.map !== bericht.map) {
        bericht.map = wijziging.map
        // The 30 days of the trash count from the moment it went in; taking it out stops the count.
        if (wijziging.map === 'prullenbak') bericht.verplaatstNaarPrullenbakOp = clock.now().getTime()
        else delete bericht.verplaatstNaarPrullenbakOp
      }
      return bericht
    },

    verwijder(bsn: string, berichtId: string, bereik: AfzenderBereik): Verwijderd {
      const berichten = mailbox(bsn)
      const bericht = vind(bsn, berichtId, bereik)
      if (!bericht) return 'niet-gevonden'
      if (bericht.map !== 'prullenbak') return 'niet-in-prullenbak'
      berichten.splice(berichten.indexOf(bericht), 1)
      return 'verwijderd'
    },

    /** A new letter arrives (POST /__mock/berichten): unread, in Postvak IN, published now. */
    bezorg(bsn: string, nieuw: NieuwBericht): OpgeslagenBericht {
      const berichten = mailbox(bsn)
      const nu = clock.now().getTime()
      const bericht: OpgeslagenBericht = {
        berichtId: crypto.randomUUID(),
        afzender: nieuw.afzender,
        onderwerp: nieuw.onderwerp,
        inhoud: nieuw.inhoud,
        type: nieuw.type ?? 'notificatie',
        publicatietijdstip: nu,
        bewaartermijn: nieuw.bewaartermijn ?? isoDatum(plusMaanden(nu, findAfzender(nieuw.afzender)?.bewaarMaanden ?? 24)),
        map: 'postvak',
        status: 'ongelezen',
        ...(nieuw.actie ? { actie: nieuw.actie } : {}),
        bijlagen: (nieuw.bijlagen ?? []).map(({ naam }) => ({ bijlageId: crypto.randomUUID(), naam })),
      }
      const plek = berichten.findIndex((ander) => nieuwsteEerst(bericht, ander) < 0)
      berichten.splice(plek === -1 ? berichten.length : plek, 0, bericht)
      return bericht
    },

    /** The PDF of one bijlage, made once and then kept: the same bytes on every download. */
    pdf(bsn: string, bericht: OpgeslagenBericht, bijlageId: string): Promise<Uint8Array> | undefined {
      const bijlage = bericht.bijlagen.find((kandidaat) => kandidaat.bijlageId === bijlageId)
      if (!bijlage) return undefined
      // Keyed by person too: the PDF carries the addressee, and an id alone must never hand one person another's.
      const sleutel = `${bsn}/${bericht.berichtId}/${bijlageId}`
      let pdf = pdfs.get(sleutel)
      if (!pdf) {
        pdf = bijlagePdf(bsn, bericht, bijlage)
        pdfs.set(sleutel, pdf)
        pdf.catch(() => pdfs.delete(sleutel))
      }
      return pdf
    },

    reset() {
      anker = clock.now().getTime()
      mailboxes = new Map()
      zoekteksten = new WeakMap()
      pdfs = new Map()
    },
  }
}

export type BerichtenStore = ReturnType<typeof createBerichtenStore>

/** Expired retention disappears everywhere; the trash forgets what lay there for 30 days. */
function ruimOp(berichten: OpgeslagenBericht[], nu: number): void {
  const vandaag = isoDatum(nu)
  const prullenbakGrens = nu - PRULLENBAK_BEWAARDAGEN * DAG_MS
  let behouden = 0
  for (const bericht of berichten) {
    const verlopen = bericht.bewaartermijn < vandaag
    const uitPrullenbak = bericht.map === 'prullenbak' && (bericht.verplaatstNaarPrullenbakOp ?? nu) <= prullenbakGrens
    if (!verlopen && !uitPrullenbak) berichten[behouden++] = bericht
  }
  berichten.length = behouden
}

