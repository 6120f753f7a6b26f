import { randomInt } from 'node:crypto'
import type { MockClock } from '../clock'
import { afzenders } from './afzenders'

export interface Instellingen {
  email?: string
  emailGeverifieerd: boolean
  herinneringOngelezen: boolean
  organisaties: { afzender: string; digitaal: boolean }[]
}

export type Verificatie = 'geverifieerd' | 'onjuist' | 'geen-code' | 'verlopen' | 'te-vaak-onjuist'

const MAX_POGINGEN = 3
const CODE_GELDIG_MS = 15 * 60 * 1000

interface OpenCode {
  code: string
  verstuurdOp: number
  fouten: number
}

/** Notification settings per person (issue 3 §6), with the e-mail verification by 6-digit code. */
export function createInstellingenStore(clock: MockClock) {
  let perBsn = new Map<string, Instellingen>()
  let codes = new Map<string, OpenCode>()

  function van(bsn: string): Instellingen {
    let instellingen = perBsn.get(bsn)
    if (!instellingen) {
      instellingen = {
        emailGeverifieerd: false,
        herinneringOngelezen: true,
        organisaties: afzenders.map(({ naam }) => ({ afzender: naam, digitaal: true })),
      }
      perBsn.set(bsn, instellingen)
    }
    return instellingen
  }

  return {
    van,

    /** Only these two are changed by PUT: the e-mail address changes through its own verification. */
    wijzig(bsn: string, wijziging: Pick<Instellingen, 'herinneringOngelezen' | 'organisaties'>): Instellingen {
      const instellingen = van(bsn)
      instellingen.herinneringOngelezen = wijziging.herinneringOngelezen
      for (const { afzender, digitaal } of wijziging.organisaties) {
        const organisatie = instellingen.organisaties.find((kandidaat) => kandidaat.afzender === afzender)
        if (organisatie) organisatie.digitaal = digitaal
      }
      return instellingen
    },

    /** A new address is unverified until its code comes back; a new request replaces the old code. */
    /** Returns the code, so the mock can "send" it (see the mail log in the handler). */
    stuurCode(bsn: string, email: string): string {
      const instellingen = van(bsn)
      instellingen.email = email
      instellingen.emailGeverifieerd = false
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      codes.set(bsn, { code, verstuurdOp: clock.now().getTime(), fouten: 0 })
      return code
    },

    verifieer(bsn: string, code: string): { uitkomst: Verificatie; pogingenOver: number } {
      const open = codes.get(bsn)
      if (!open) return { uitkomst: 'geen-code', pogingenOver: 0 }
      if (open.fouten >= MAX_POGINGEN) return { uitkomst: 'te-vaak-onjuist', pogingenOver: 0 }
      if (clock.now().getTime() - open.verstuurdOp > CODE_GELDIG_MS) return { uitkomst: 'verlopen', pogingenOver: 0 }
      if (code !== open.code) {
        open.fouten += 1
        const pogingenOver = MAX_POGINGEN - open.fouten
        return { uitkomst: pogingenOver === 0 ? 'te-vaak-onjuist' : 'onjuist', pogingenOver }
      }
      codes.delete(bsn)
      van(bsn).emailGeverifieerd = true
      return { uitkomst: 'geverifieerd', pogingenOver: MAX_POGINGEN }
    },

    /** For tests only (GET /__mock/berichten/verificatiecodes): the code "sent" by e-mail. */
    laatsteCode(bsn: string): string | undefined {
      return codes.get(bsn)?.code
    },

    reset() {
      perBsn = new Map()
      codes = new Map()
    },
  }
}

export type InstellingenStore = ReturnType<typeof createInstellingenStore>
