export const appMessagesNl = {
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
    loading: 'Bezig met laden…',
  },
}
