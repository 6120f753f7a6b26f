import { randomUUID } from 'node:crypto'
import type { MockClock } from './clock'

/** An e-mail the mock "sent" (DESIGN.md §6: GET /__mock/mail?aan=). Nothing ever leaves the machine. */
export interface Mail {
  id: string
  aan: string
  onderwerp: string
  tekst: string
  /** ISO 8601, by the mock clock. */
  verzondenOp: string
}

export type NieuweMail = Pick<Mail, 'aan' | 'onderwerp' | 'tekst'>

/** Enough for any test run; older mail drops off so a long session cannot fill the memory. */
const MAX_MAILS = 1000

export function createMailOutbox(clock: MockClock) {
  let mails: Mail[] = []
  return {
    stuur(mail: NieuweMail): Mail {
      const verstuurd: Mail = { id: randomUUID(), ...mail, verzondenOp: clock.now().toISOString() }
      mails.push(verstuurd)
      if (mails.length > MAX_MAILS) mails = mails.slice(-MAX_MAILS)
      return verstuurd
    },
    /** Newest first; `aan` matches the address whatever its case. */
    lijst(aan?: string): Mail[] {
      const adres = aan?.trim().toLowerCase()
      return mails.filter((mail) => adres === undefined || mail.aan.toLowerCase() === adres).reverse()
    },
    reset() {
      mails = []
    },
  }
}

export type MailOutbox = ReturnType<typeof createMailOutbox>
