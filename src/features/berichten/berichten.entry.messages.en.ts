import type { Translation } from '@/shared/i18n'
import type { berichtenEntryMessagesNl } from './berichten.entry.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const berichtenEntryMessagesEn: Translation<typeof berichtenEntryMessagesNl> = {
  berichtenEntry: {
    nav: 'Messages',
    ongelezenBadge: '1 unread | {count} unread',
    kaart: {
      titel: 'Messages',
      omschrijving: 'Post from the Tax Administration, your municipality, UWV and other organisations.',
      ongelezen: 'You have no unread messages. | You have 1 unread message. | You have {count} unread messages.',
    },
    titels: {
      bericht: 'Message',
      instellingen: 'Berichtenbox settings',
    },
  },
}
