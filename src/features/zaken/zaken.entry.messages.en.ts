import type { Translation } from '@/shared/i18n'
import type { zakenEntryMessagesNl } from './zaken.entry.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const zakenEntryMessagesEn: Translation<typeof zakenEntryMessagesNl> = {
  zakenEntry: {
    nav: 'Cases',
    kaart: {
      titel: 'Ongoing cases',
      omschrijving: 'Your applications and other cases: how far they are and what you still need to do.',
      aantallen: 'You have no ongoing cases. | You have 1 ongoing case. | You have {count} ongoing cases.',
      taken: 'Nothing is waiting for you. | 1 task is waiting for you. | {count} tasks are waiting for you.',
    },
    titels: {
      lijst: 'Ongoing cases',
      zaak: 'Case',
    },
  },
}
