import { randomInt } from 'node:crypto'
import type { MockClock } from '../clock'
import type { DomainContext } from '../domains'
import { createRateLimit } from '../rate-limit'
import { adresSleutel } from './adres-sleutel'
import { CODE_GELDIG_MINUTEN, verstuurCodeMail } from './verificatie-mail'

const UUR_MS = 60 * 60 * 1000
export const MAX_POGINGEN = 3
/** Against mail bombing and guessing: at most 5 codes per person an hour, and 5 per address a day. */
export const CODE_LIMIETEN = {
  perPersoon: { max: 5, windowMs: UUR_MS },
  perAdres: { max: 5, windowMs: 24 * UUR_MS },
} as const

export type Verificatie = 'geverifieerd' | 'onjuist' | 'geen-code' | 'verlopen' | 'te-vaak-onjuist'
export type CodeAanvraag = { uitkomst: 'verstuurd' } | { uitkomst: 'te-veel-voor-persoon' | 'te-veel-voor-adres'; wachtMs: number }

interface NieuwAdres {
  adres: string
  code: string
  verstuurdOp: number
  fouten: number
}

/** The verified address stays in use until a new one is verified; a new request only replaces the pending one. */
interface EmailStaat {
  geverifieerd?: string
  nieuw?: NieuwAdres
}

/** The notification address of one person, changed only through a 6-digit code sent to the new address. */
export function createEmailVerificatie(clock: MockClock, { mail, requests }: Pick<DomainContext, 'mail' | 'requests'>) {
  let staten = new Map<string, EmailStaat>()
  const perPersoon = createRateLimit(clock, CODE_LIMIETEN.perPersoon)
  const perAdres = createRateLimit(clock, CODE_LIMIETEN.perAdres)
  const staat = (bsn: string) => staten.get(bsn) ?? {}

  return {
    /**
     * The e-mail part of the settings. `email` is the verified address, or, while none is verified, the one
     * waiting for its code; `nieuwEmail` is a new address waiting for its code while the verified one stays.
     */
    weergave(bsn: string): { email?: string; emailGeverifieerd: boolean; nieuwEmail?: string } {
      const { geverifieerd, nieuw } = staat(bsn)
      if (geverifieerd) return { email: geverifieerd, emailGeverifieerd: true, ...(nieuw ? { nieuwEmail: nieuw.adres } : {}) }
      return nieuw ? { email: nieuw.adres, emailGeverifieerd: false } : { emailGeverifieerd: false }
    },

    /** A new code for `adres`; an older code stops working. Refused when the person or the address had too many. */
    vraagCode(bsn: string, adres: string): CodeAanvraag {
      // The mailbox, not the spelling: victim+1@… and Victim@… are one address for this limit.
      const mailbox = adresSleutel(adres)
      const persoonWacht = perPersoon.wachttijd(bsn)
      if (persoonWacht > 0) return { uitkomst: 'te-veel-voor-persoon', wachtMs: persoonWacht }
      const adresWacht = perAdres.wachttijd(mailbox)
      if (adresWacht > 0) return { uitkomst: 'te-veel-voor-adres', wachtMs: adresWacht }
      perPersoon.tel(bsn)
      perAdres.tel(mailbox)
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      staten.set(bsn, { ...staat(bsn), nieuw: { adres, code, verstuurdOp: clock.now().getTime(), fouten: 0 } })
      verstuurCodeMail(mail, requests, { bsn, aan: adres, code })
      return { uitkomst: 'verstuurd' }
    },

    verifieer(bsn: string, code: string): { uitkomst: Verificatie; pogingenOver: number } {
      const huidig = staat(bsn)
      const open = huidig.nieuw
      if (!open) return { uitkomst: 'geen-code', pogingenOver: 0 }
      if (open.fouten >= MAX_POGINGEN) return { uitkomst: 'te-vaak-onjuist', pogingenOver: 0 }
      if (clock.now().getTime() - open.verstuurdOp > CODE_GELDIG_MINUTEN * 60_000) return { uitkomst: 'verlopen', pogingenOver: 0 }
      if (code !== open.code) {
        open.fouten += 1
        const pogingenOver = MAX_POGINGEN - open.fouten
        return { uitkomst: pogingenOver === 0 ? 'te-vaak-onjuist' : 'onjuist', pogingenOver }
      }
      staten.set(bsn, { geverifieerd: open.adres })
      return { uitkomst: 'geverifieerd', pogingenOver: MAX_POGINGEN }
    },

    /** For tests only (GET /__mock/berichten/verificatiecodes): the code "sent" by e-mail. */
    laatsteCode(bsn: string): string | undefined {
      return staat(bsn).nieuw?.code
    },

    reset() {
      staten = new Map()
      perPersoon.reset()
      perAdres.reset()
    },
  }
}
