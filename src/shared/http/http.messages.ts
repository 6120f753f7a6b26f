/**
 * Texts for failed requests. Dutch is the source (B1: short sentences, "u", always a next step); English has the
 * same keys, which the type of `httpMessagesEn` enforces. Placeholders: {seconds} and {minutes}. Do not use the
 * characters @ | $ and braces elsewhere: vue-i18n gives them meaning.
 */
export const httpMessagesNl = {
  http: {
    errors: {
      offline: {
        title: 'Dit kan nu niet worden geladen',
        detail: 'Er is geen internetverbinding. Probeer het opnieuw zodra u weer verbinding heeft.',
      },
      network: {
        title: 'Geen verbinding met de dienst',
        detail: 'We konden de dienst niet bereiken. Controleer uw internetverbinding en probeer het opnieuw.',
      },
      timeout: {
        title: 'Dit duurt te lang',
        detail: 'De dienst geeft niet op tijd antwoord. Probeer het over een paar minuten opnieuw.',
      },
      service: {
        title: 'Er is een probleem met de dienst',
        detail: 'Probeer het over een paar minuten opnieuw.',
        detailSeconds: 'Probeer het over {seconds} seconden opnieuw.',
        detailMinutes: 'Probeer het over {minutes} minuten opnieuw.',
      },
      malformed: {
        title: 'Er ging iets mis',
        detail: 'We konden de gegevens niet goed lezen. Probeer het over een paar minuten opnieuw.',
      },
      unauthorized: {
        title: 'Uw sessie is verlopen',
        detail: 'Uw sessie is verlopen. Log opnieuw in.',
      },
      forbidden: {
        title: 'U heeft geen toegang',
        detail:
          'U mag dit niet bekijken of wijzigen. Regelt u dit voor iemand anders? Kijk dan of uw machtiging hiervoor geldt.',
      },
      notFound: {
        title: 'We kunnen dit niet vinden',
        detail: 'Misschien is het verplaatst of verwijderd. Ga terug naar het overzicht en kijk daar.',
      },
      rateLimited: {
        title: 'Even geduld',
        detail: 'U heeft veel verzoeken kort na elkaar gedaan. Wacht even en probeer het dan opnieuw.',
        detailSeconds: 'U heeft veel verzoeken kort na elkaar gedaan. Probeer het over {seconds} seconden opnieuw.',
        detailMinutes: 'U heeft veel verzoeken kort na elkaar gedaan. Probeer het over {minutes} minuten opnieuw.',
      },
      validation: {
        title: 'Controleer uw gegevens',
        detail: 'Niet alle gegevens zijn goed ingevuld. Pas de velden met een foutmelding aan en verstuur het opnieuw.',
      },
      conflict: {
        title: 'De gegevens zijn net gewijzigd',
        detail: 'Dit is intussen al aangepast of verstuurd. Laad de pagina opnieuw en kijk of alles klopt.',
      },
      generic: {
        title: 'Er ging iets mis',
        detail: 'Probeer het opnieuw. Lukt het niet? Probeer het dan over een paar minuten nog eens.',
      },
    },
  },
}
