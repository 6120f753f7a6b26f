import type { Translation } from '@/shared/i18n'
import type { appMessagesNl } from './app.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const appMessagesEn: Translation<typeof appMessagesNl> = {
  app: {
    name: 'Mijn Overheid',
    titleSuffix: 'Mijn Overheid',
    skipLink: 'Skip to content',
    nav: {
      label: 'Main menu',
    },
    header: {
      loggedInAs: 'Logged in as {name}',
      loggedIn: 'You are logged in',
      logout: 'Log out',
      login: 'Log in',
      home: 'Mijn Overheid, go to the overview',
    },
    language: {
      label: 'Language',
      switchTo: 'Nederlands',
      switchToLang: 'nl',
      switchToHint: 'Naar het Nederlands',
    },
    footer: {
      label: 'About this website',
      toegankelijkheid: 'Accessibility',
      privacy: 'Privacy',
      contact: 'Contact',
      about: 'Mijn Overheid is your personal place for dealing with the government. This is a demonstration version with test data.',
    },
    offline: {
      notice: 'You are offline.',
      sinds: 'You have been offline since {tijd}.',
      bijgewerkt: 'You see what you looked at on this device before, up to date until {tijd}.',
      niets: 'You only see what is already on this device.',
      later: 'You can still archive or delete a message, answer a task or send a correction request. It is sent as soon as you are back online.',
      back: 'You are back online.',
      opslag: {
        'niet-beschikbaar': 'This device cannot keep your data. Everything works online. Offline you will not see it.',
        vol: 'This device has no room left to keep your data. Everything works online. Offline you will not see everything.',
        onleesbaar: 'Something kept on this device could no longer be read. It has been removed. Online you will see it again.',
        'wachtrij-vol': 'This device has no room to keep what is waiting for a connection. Do not close this window until you are back online, or it will be lost.',
        'wachtrij-onleesbaar': 'What was waiting for a connection could no longer be read. Check Messages and Cases whether it happened. Otherwise, do it again.',
      },
    },
    wachtrij: {
      verstuurd: 'Nothing was sent. | What you did offline has been sent: 1 action. | What you did offline has been sent: {count} actions.',
      geweigerd: 'Everything worked. | 1 action could not be carried out. | {count} actions could not be carried out.',
      bekijk: 'See what is waiting or did not work',
      sluiten: 'Close',
    },
    update: {
      available: 'A new version of Mijn Overheid is available.',
      reload: 'Update now',
    },
    notFound: {
      title: 'Page not found',
      text: 'This page does not exist (any more). Perhaps the address was mistyped.',
      home: 'Go to the overview',
    },
    loading: 'Loading…',
  },
}
