import type { Translation } from '@/shared/i18n'
import type { gegevensEntryMessagesNl } from './gegevens.entry.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const gegevensEntryMessagesEn: Translation<typeof gegevensEntryMessagesNl> = {
  gegevensEntry: {
    nav: 'Personal data',
    kaart: {
      titel: 'Personal data',
      omschrijving: 'What the government has registered about you, and who used your data.',
    },
  },
}
