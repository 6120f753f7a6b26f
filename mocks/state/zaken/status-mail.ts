import type { InstellingenStore } from '../berichten/instellingen'
import type { MailOutbox } from '../mail-outbox'
import type { OpgeslagenZaak } from './types'

/**
 * A status change e-mails the person when they chose e-mail in the Berichtenbox settings: a verified
 * notification address, and that organisation not switched off there. Like the Berichtenbox's own e-mail
 * it says only that something changed and where to look: no case details in a mailbox.
 */
export function meldStatusPerMail(mail: MailOutbox, instellingen: InstellingenStore, bsn: string, zaak: OpgeslagenZaak): boolean {
  const { email, emailGeverifieerd, organisaties } = instellingen.van(bsn)
  const organisatie = zaak.zaaktype.organisatie
  const uitgezet = organisaties.some((keuze) => keuze.afzender.toLowerCase() === organisatie.toLowerCase() && !keuze.digitaal)
  if (!email || !emailGeverifieerd || uitgezet) return false
  mail.stuur({
    aan: email,
    onderwerp: 'Er is nieuws over uw zaak',
    tekst: [
      'Beste meneer, mevrouw,',
      '',
      `Er is iets veranderd in uw zaak bij ${organisatie}. Log in op Mijn Overheid en kijk bij Zaken wat er veranderd is.`,
      '',
      'In deze e-mail staan geen persoonlijke gegevens. Klik niet op links in e-mails die u niet vertrouwt: ga zelf naar Mijn Overheid.',
      '',
      'Met vriendelijke groet,',
      'Mijn Overheid',
    ].join('\n'),
  })
  return true
}
