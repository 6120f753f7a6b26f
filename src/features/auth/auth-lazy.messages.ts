import type { Translation } from '@/shared/i18n'

/**
 * Texts of the auth parts that load only when needed (the login callback, the logged-out page, the session
 * warning, the step-up notice): they stay out of the first load and merge when those render. Page titles
 * stay in auth.messages.ts, since the title is set before the page renders.
 */
const nl = {
  auth: {
    callback: {
      busy: 'U wordt ingelogd…',
      failedTitle: 'Het inloggen is niet gelukt',
      cancelled: 'U heeft het inloggen bij DigiD afgebroken. U bent niet ingelogd.',
      stateMismatch:
        'We konden uw inlogpoging niet controleren. Dit gebeurt als u de pagina lang open liet staan of op Vorige klikte. Log opnieuw in.',
      providerDown: 'DigiD is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
      generic: 'Er ging iets mis bij het inloggen. Probeer het opnieuw.',
      retry: 'Opnieuw inloggen',
    },
    loggedOut: {
      text: 'U bent veilig uitgelogd. Uw gegevens staan niet meer op dit apparaat.',
      closeBrowser: 'Gebruikt u een computer van iemand anders? Sluit dan ook de browser.',
      again: 'Opnieuw inloggen',
      reason: {
        inactief: 'U bent automatisch uitgelogd, omdat u {minutes} minuten niets heeft gedaan. Zo blijven uw gegevens veilig.',
        limiet: 'U bent automatisch uitgelogd, omdat u lang was ingelogd. Log opnieuw in om verder te gaan.',
        'andere-tab': 'U bent uitgelogd in een ander venster of tabblad. Daarom bent u hier ook uitgelogd.',
        'sleutel-kwijt': 'U bent uitgelogd, omdat de beveiligingssleutel van uw inlog niet meer op dit apparaat staat. Log opnieuw in om verder te gaan.',
        'sleutel-in-geheugen':
          'U bent uitgelogd, omdat uw browser de beveiligingssleutel van uw inlog niet kon bewaren. Dat gebeurt bijvoorbeeld in een privévenster. Daar moet u na het herladen van de pagina opnieuw inloggen.',
      },
    },
    session: {
      warningTitle: 'U wordt bijna uitgelogd',
      warningText: 'U heeft {idle} minuten niets gedaan. Over {left} minuten wordt u automatisch uitgelogd. Wilt u ingelogd blijven?',
      remaining: 'Nog {minutes} min {seconds} sec.',
      waiting: 'Er wacht niets. | Let op: 1 actie wacht nog op verbinding. Die gaat verloren als u wordt uitgelogd. | Let op: {count} acties wachten nog op verbinding. Die gaan verloren als u wordt uitgelogd.',
      stay: 'Blijf ingelogd',
      logout: 'Uitloggen',
    },
    stepUpNotice: {
      text: 'Hiervoor moet u inloggen met {level}. Zo weten wij zeker dat u het echt bent. U bent nu ingelogd met {current}.',
      button: 'Inloggen met {level}',
      busy: 'U gaat naar DigiD…',
    },
  },
}

const en: Translation<typeof nl> = {
  auth: {
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
      text: 'You have been logged out safely. Your data is no longer on this device.',
      closeBrowser: 'Using someone else’s computer? Then close the browser as well.',
      again: 'Log in again',
      reason: {
        inactief: 'You were logged out automatically because you did nothing for {minutes} minutes. This keeps your data safe.',
        limiet: 'You were logged out automatically because you were logged in for a long time. Log in again to continue.',
        'andere-tab': 'You logged out in another window or tab. So you are logged out here as well.',
        'sleutel-kwijt': 'You were logged out because the security key of your login is no longer on this device. Log in again to continue.',
        'sleutel-in-geheugen':
          'You were logged out because your browser could not keep the security key of your login. This happens in a private window, for example. There you must log in again after reloading the page.',
      },
    },
    session: {
      warningTitle: 'You will be logged out soon',
      warningText: 'You have not done anything for {idle} minutes. In {left} minutes you will be logged out automatically. Do you want to stay logged in?',
      remaining: '{minutes} min {seconds} sec left.',
      waiting: 'Nothing is waiting. | Note: 1 action is still waiting for a connection. It will be lost if you are logged out. | Note: {count} actions are still waiting for a connection. They will be lost if you are logged out.',
      stay: 'Stay logged in',
      logout: 'Log out',
    },
    stepUpNotice: {
      text: 'For this you must log in with {level}. That way we know for sure that it is really you. You are now logged in with {current}.',
      button: 'Log in with {level}',
      busy: 'Going to DigiD…',
    },
  },
}

export const authLazyMessages = { nl, en }
