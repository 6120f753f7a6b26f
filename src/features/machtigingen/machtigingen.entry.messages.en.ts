import type { Translation } from '@/shared/i18n'
import type { machtigingenEntryMessagesNl } from './machtigingen.entry.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const machtigingenEntryMessagesEn: Translation<typeof machtigingenEntryMessagesNl> = {
  machtigingenEntry: {
    nav: 'Authorisations',
    kaart: {
      titel: 'Authorisations',
      omschrijving: 'Who arranges things for you, for whom you arrange things, and what was done on your behalf.',
    },
  },
}
