import type { MailOutbox } from '../mail-outbox'
import type { RequestLog } from '../requests'

export const CODE_GELDIG_MINUTEN = 15

/** Where the request log has kept the same e-mail since issue 3 (GET /__mock/requests?path=/__mock/mail). */
export const VERZONDEN_MAIL_PAD = '/__mock/mail/verificatiecode'

export interface CodeMail {
  bsn: string
  aan: string
  code: string
}

/** "Sends" the e-mail with the code: into the outbox (the contract), and into the request log as before. */
export function verstuurCodeMail(mail: MailOutbox, requests: RequestLog, { bsn, aan, code }: CodeMail): void {
  const onderwerp = 'Uw verificatiecode voor de Berichtenbox'
  const verstuurd = mail.stuur({
    aan,
    onderwerp,
    tekst: [
      `Uw code is ${code}.`,
      `Vul deze code in op Mijn Overheid om dit e-mailadres te bevestigen. De code werkt ${CODE_GELDIG_MINUTEN} minuten.`,
      'Heeft u dit niet zelf gevraagd? Dan kunt u deze e-mail negeren.',
    ].join('\n\n'),
  })
  requests.record({
    method: 'POST',
    path: VERZONDEN_MAIL_PAD,
    query: '',
    headers: {},
    body: { aan, bsn, onderwerp, code },
    idempotencyKey: null,
    receivedAt: verstuurd.verzondenOp,
  })
}
