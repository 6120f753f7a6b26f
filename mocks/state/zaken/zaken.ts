import type { Berichtenbox } from '../berichten/berichtenbox'
import type { DomainContext } from '../domains'
import type { BriefZoeker } from './seed'
import { meldStatusPerMail } from './status-mail'
import type { OpgeslagenZaak } from './types'
import { createZakenStore } from './zaken-store'

/** What happens when a zaak of a zaaktype ends with a resultaat (MFO: a corrected value shows in the registration). */
export type ResultaatEffect = (bsn: string, zaak: OpgeslagenZaak, resultaat: string) => void

/**
 * Lopende zaken (issue 8): everyone's zaken, their tasks, documents, questions and reacties. It reads the
 * Berichtenbox (letters that belong to a zaak, the notification e-mail settings) and never changes it.
 */
export function createZaken({ clock, mail }: DomainContext, berichtenbox: Pick<Berichtenbox, 'berichten' | 'instellingen'>) {
  const zoekBrief: BriefZoeker = (bsn, { afzender, onderwerp }) => {
    const vraag = { mappen: ['postvak', 'archief', 'prullenbak'] as const, afzender, oplopend: false, pagina: 0, paginaGrootte: 1000 }
    const brief = berichtenbox.berichten.lijst(bsn, vraag, 'alle').berichten.find((bericht) => bericht.onderwerp === onderwerp)
    return brief ? { berichtId: brief.berichtId, ...(brief.actie ? { deadline: brief.actie.deadline } : {}) } : undefined
  }
  const store = createZakenStore(clock, zoekBrief)
  // Registered once by the domains that need them (MFO later); a reset keeps them.
  const effecten = new Map<string, ResultaatEffect>()

  return {
    ...store,

    /** The letters of a zaak that still exist (retention, deletion), with their subject. */
    berichtenVan(bsn: string, zaak: OpgeslagenZaak) {
      return zaak.berichtIds.flatMap((berichtId) => {
        const bericht = berichtenbox.berichten.vind(bsn, berichtId, 'alle')
        return bericht ? [{ berichtId, onderwerp: bericht.onderwerp, afzender: bericht.afzender }] : []
      })
    },

    /** POST /__mock/zaken/{id}/status: the step is set, the person is e-mailed if they chose it, a resultaat has its effect. */
    zetStatus(bsn: string, zaak: OpgeslagenZaak, stap: number, resultaat?: string): { gemaild: boolean } {
      store.zetStatus(zaak, stap, resultaat)
      if (zaak.resultaat !== undefined && resultaat !== undefined) effecten.get(zaak.zaaktype.identificatie)?.(bsn, zaak, resultaat)
      return { gemaild: meldStatusPerMail(mail, berichtenbox.instellingen, bsn, zaak) }
    },

    bijResultaat(zaaktypeIdentificatie: string, effect: ResultaatEffect): void {
      effecten.set(zaaktypeIdentificatie, effect)
    },
  }
}

export type Zaken = ReturnType<typeof createZaken>
