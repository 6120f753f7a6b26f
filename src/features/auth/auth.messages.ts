export const authMessagesNl = {
  auth: {
    login: {
      title: 'Inloggen',
      intro: 'Log in om uw berichten, gegevens en zaken bij de overheid te zien.',
      how: 'U logt in met DigiD. Heeft u nog geen DigiD? Vraag DigiD aan op de website van DigiD.',
      button: 'Inloggen met DigiD',
      busy: 'U gaat naar DigiD…',
      afterLogin: 'Na het inloggen komt u terug op de pagina die u wilde zien.',
      offline: 'U bent offline. Inloggen kan alleen met internet. Probeer het opnieuw zodra u verbinding heeft.',
      providerDown: 'DigiD is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
      reason: {
        'sessie-verlopen': 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
      },
    },
    loggedOut: {
      title: 'U bent uitgelogd',
    },
    stepUp: {
      title: 'Inloggen met een hoger niveau',
      back: 'Terug naar het overzicht',
    },
    level: {
      basis: 'DigiD Basis',
      midden: 'DigiD Midden',
      substantieel: 'DigiD Substantieel',
      hoog: 'DigiD Hoog',
    },
  },
}
