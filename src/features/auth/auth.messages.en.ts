import type { Translation } from '@/shared/i18n'
import type { authMessagesNl } from './auth.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const authMessagesEn: Translation<typeof authMessagesNl> = {
  auth: {
    login: {
      title: 'Log in',
      intro: 'Log in to see your messages, personal data and cases with the government.',
      how: 'You log in with DigiD. No DigiD yet? Apply for DigiD on the DigiD website.',
      button: 'Log in with DigiD',
      busy: 'Taking you to DigiD…',
      afterLogin: 'After logging in you return to the page you wanted to see.',
      offline: 'You are offline. You can only log in with an internet connection. Try again once you are connected.',
      providerDown: 'DigiD cannot be reached right now. Please try again in a few minutes.',
      reason: {
        'sessie-verlopen': 'Your session has expired. Log in again to continue.',
      },
    },
    loggedOut: {
      title: 'You are logged out',
    },
    stepUp: {
      title: 'Log in with a higher level',
      back: 'Back to the overview',
    },
    level: {
      basis: 'DigiD Basis',
      midden: 'DigiD Midden',
      substantieel: 'DigiD Substantial',
      hoog: 'DigiD High',
    },
  },
}
