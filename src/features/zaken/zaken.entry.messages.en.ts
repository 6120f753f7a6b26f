import type { Translation } from '@/shared/i18n'
import type { zakenEntryMessagesNl } from './zaken.entry.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const zakenEntryMessagesEn: Translation<typeof zakenEntryMessagesNl> = {
  zakenEntry: {
    nav: 'Cases',
    kaart: {
      titel: 'Ongoing cases',
      omschrijving: 'Your applications and other cases: how far they are and what you still need to do.',
    },
  },
}
