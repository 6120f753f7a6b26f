import type { Instellingen } from '../../../src/features/berichten/instellingen/instellingen.api'
import type { MockClock } from '../clock'
import type { DomainContext } from '../domains'
import { afzenders } from './afzenders'
import { createEmailVerificatie } from './email-verificatie'

export type { CodeAanvraag, Verificatie } from './email-verificatie'

interface Voorkeuren {
  herinneringOngelezen: boolean
  organisaties: { afzender: string; digitaal: boolean }[]
}

/** Notification settings per person (issue 3 §6); the e-mail address has its own verification (email-verificatie.ts). */
export function createInstellingenStore(clock: MockClock, context: Pick<DomainContext, 'mail' | 'requests'>) {
  let perBsn = new Map<string, Voorkeuren>()
  const email = createEmailVerificatie(clock, context)

  function voorkeuren(bsn: string): Voorkeuren {
    let gevonden = perBsn.get(bsn)
    if (!gevonden) {
      gevonden = { herinneringOngelezen: true, organisaties: afzenders.map(({ naam }) => ({ afzender: naam, digitaal: true })) }
      perBsn.set(bsn, gevonden)
    }
    return gevonden
  }

  /** The settings as the API shows them: the app's own type, so the two cannot drift apart. */
  function van(bsn: string): Instellingen {
    const { herinneringOngelezen, organisaties } = voorkeuren(bsn)
    return { ...email.weergave(bsn), herinneringOngelezen, organisaties: organisaties.map((organisatie) => ({ ...organisatie })) }
  }

  return {
    van,

    /** Only these two are changed by PUT: the e-mail address changes through its own verification. */
    wijzig(bsn: string, wijziging: Voorkeuren): Instellingen {
      const huidig = voorkeuren(bsn)
      huidig.herinneringOngelezen = wijziging.herinneringOngelezen
      for (const { afzender, digitaal } of wijziging.organisaties) {
        const organisatie = huidig.organisaties.find((kandidaat) => kandidaat.afzender === afzender)
        if (organisatie) organisatie.digitaal = digitaal
      }
      return van(bsn)
    },

    vraagCode: email.vraagCode,
    verifieer: email.verifieer,
    laatsteCode: email.laatsteCode,

    reset() {
      perBsn = new Map()
      email.reset()
    },
  }
}

export type InstellingenStore = ReturnType<typeof createInstellingenStore>
