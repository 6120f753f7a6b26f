import type { Translation } from '@/shared/i18n'
import type { uiMessagesNl } from './ui.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const uiMessagesEn: Translation<typeof uiMessagesNl> = {
  ui: {
    retry: 'Try again',
    backToOwn: 'Back to your own affairs',
    newTab: '(opens in a new tab)',
    opensInNewTab: 'Opens in a new tab.',
    popupBlocked: 'Your browser did not open a new tab. So the file has been downloaded.',
  },
}
