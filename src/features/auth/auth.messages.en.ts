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
    callback: {
      busy: 'Logging you in…',
      failedTitle: 'Logging in did not work',
      cancelled: 'You cancelled logging in with DigiD. You are not logged in.',
      stateMismatch:
        'We could not verify your login attempt. This happens when the page was open for a long time or you pressed Back. Please log in again.',
      providerDown: 'DigiD cannot be reached right now. Please try again in a few minutes.',
      generic: 'Something went wrong while logging in. Please try again.',
      retry: 'Log in again',
    },
    loggedOut: {
      title: 'You are logged out',
      text: 'You have been logged out safely. Your data is no longer on this device.',
      closeBrowser: 'Using someone else’s computer? Then close the browser as well.',
      again: 'Log in again',
      reason: {
        inactief: 'You were logged out automatically because you did nothing for {minutes} minutes. This keeps your data safe.',
        limiet: 'You were logged out automatically because you were logged in for a long time. Log in again to continue.',
        'andere-tab': 'You logged out in another window or tab. So you are logged out here as well.',
      },
    },
    session: {
      warningTitle: 'You will be logged out soon',
      warningText:
        'You have not done anything for {idle} minutes. In {left} minutes you will be logged out automatically. Do you want to stay logged in?',
      remaining: '{minutes} min {seconds} sec left.',
      stay: 'Stay logged in',
      logout: 'Log out',
      expiredTitle: 'Your session has expired',
    },
    stepUp: {
      title: 'Log in with a higher level',
      text: 'For this you must log in with {level}. That way we know for sure that it is really you. You are now logged in with {current}.',
      button: 'Log in with {level}',
      busy: 'Going to DigiD…',
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
