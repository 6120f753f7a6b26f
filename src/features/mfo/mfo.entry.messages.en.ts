import type { Translation } from '@/shared/i18n'
import type { mfoEntryMessagesNl } from './mfo.entry.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const mfoEntryMessagesEn: Translation<typeof mfoEntryMessagesNl> = {
  mfoEntry: {
    kaart: {
      titel: 'Report an error in your data',
      omschrijving: 'Is something wrong in a government registration? Report it and follow what happens.',
    },
  },
}
