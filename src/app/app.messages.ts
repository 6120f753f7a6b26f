import type { Translation } from '@/shared/i18n'

const nl = {
  app: {
    name: 'Mijn Overheid',
    titleSuffix: 'Mijn Overheid',
    skipLink: 'Direct naar de inhoud',
    nav: {
      label: 'Hoofdmenu',
    },
    header: {
      loggedInAs: 'Ingelogd als {name}',
      loggedIn: 'U bent ingelogd',
      logout: 'Uitloggen',
      login: 'Inloggen',
      home: 'Mijn Overheid, naar het overzicht',
    },
    language: {
      label: 'Taal',
      switchTo: 'English',
      switchToLang: 'en',
      switchToHint: 'Switch to English',
    },
    footer: {
      label: 'Over deze website',
      toegankelijkheid: 'Toegankelijkheid',
      privacy: 'Privacy',
      contact: 'Contact',
      about: 'Mijn Overheid is de persoonlijke plek voor uw zaken met de overheid. Dit is een demonstratieversie met testgegevens.',
    },
    offline: {
      notice: 'U bent offline. U ziet alleen wat al op dit apparaat staat. Zodra u weer verbinding heeft, werkt alles weer.',
      back: 'U bent weer online.',
    },
    update: {
      available: 'Er is een nieuwe versie van Mijn Overheid.',
      reload: 'Nu bijwerken',
    },
    notFound: {
      title: 'Pagina niet gevonden',
      text: 'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt.',
      home: 'Ga naar het overzicht',
    },
    comingSoon: {
      text: 'Dit onderdeel is nog niet klaar. U kunt het nog niet gebruiken. Wij werken eraan.',
      home: 'Terug naar het overzicht',
      gegevens: {
        nav: 'Gegevens',
        title: 'Persoonlijke gegevens',
        description: 'Wat de overheid over u heeft vastgelegd, en wie uw gegevens heeft gebruikt.',
      },
      zaken: {
        nav: 'Zaken',
        title: 'Lopende zaken',
        description: 'Uw aanvragen en andere zaken: hoe ver ze zijn en wat u nog moet doen.',
      },
      machtigingen: {
        nav: 'Machtigingen',
        title: 'Machtigingen',
        description: 'Wie iets voor u mag regelen, en voor wie u iets mag regelen.',
      },
      mfo: {
        nav: 'Fout melden',
        title: 'Fout in uw gegevens melden',
        description: 'Klopt iets niet in een overheidsregistratie? Meld het hier.',
      },
    },
    loading: 'Bezig met laden…',
  },
}

const en: Translation<typeof nl> = {
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
      notice: 'You are offline. You only see what is already on this device. Everything works again as soon as you are back online.',
      back: 'You are back online.',
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
    comingSoon: {
      text: 'This part is not ready yet. You cannot use it yet. We are working on it.',
      home: 'Back to the overview',
      gegevens: {
        nav: 'Personal data',
        title: 'Personal data',
        description: 'What the government has recorded about you, and who used your data.',
      },
      zaken: {
        nav: 'Cases',
        title: 'Current cases',
        description: 'Your applications and other cases: how far along they are and what you still need to do.',
      },
      machtigingen: {
        nav: 'Authorisations',
        title: 'Authorisations',
        description: 'Who may act for you, and for whom you may act.',
      },
      mfo: {
        nav: 'Report an error',
        title: 'Report an error in your data',
        description: 'Is something wrong in a government registration? Report it here.',
      },
    },
    loading: 'Loading…',
  },
}

export const appMessages = { nl, en }
