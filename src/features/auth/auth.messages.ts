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
      title: 'U bent uitgelogd',
      text: 'U bent veilig uitgelogd. Uw gegevens staan niet meer op dit apparaat.',
      closeBrowser: 'Gebruikt u een computer van iemand anders? Sluit dan ook de browser.',
      again: 'Opnieuw inloggen',
      reason: {
        inactief: 'U bent automatisch uitgelogd, omdat u {minutes} minuten niets heeft gedaan. Zo blijven uw gegevens veilig.',
        limiet: 'U bent automatisch uitgelogd, omdat u lang was ingelogd. Log opnieuw in om verder te gaan.',
        'andere-tab': 'U bent uitgelogd in een ander venster of tabblad. Daarom bent u hier ook uitgelogd.',
      },
    },
    session: {
      warningTitle: 'U wordt bijna uitgelogd',
      warningText:
        'U heeft {idle} minuten niets gedaan. Over {left} minuten wordt u automatisch uitgelogd. Wilt u ingelogd blijven?',
      remaining: 'Nog {minutes} min {seconds} sec.',
      stay: 'Blijf ingelogd',
      logout: 'Uitloggen',
      expiredTitle: 'Uw sessie is verlopen',
    },
    stepUp: {
      title: 'Inloggen met een hoger niveau',
      text: 'Hiervoor moet u inloggen met {level}. Zo weten wij zeker dat u het echt bent. U bent nu ingelogd met {current}.',
      button: 'Inloggen met {level}',
      busy: 'U gaat naar DigiD…',
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
