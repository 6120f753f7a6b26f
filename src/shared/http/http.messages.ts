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

export const httpMessagesEn: typeof httpMessagesNl = {
  http: {
    errors: {
      offline: {
        title: 'This cannot be loaded right now',
        detail: 'There is no internet connection. Try again as soon as you are back online.',
      },
      network: {
        title: 'No connection to the service',
        detail: 'We could not reach the service. Check your internet connection and try again.',
      },
      timeout: {
        title: 'This is taking too long',
        detail: 'The service did not answer in time. Please try again in a few minutes.',
      },
      service: {
        title: 'There is a problem with the service',
        detail: 'Please try again in a few minutes.',
        detailSeconds: 'Please try again in {seconds} seconds.',
        detailMinutes: 'Please try again in {minutes} minutes.',
      },
      malformed: {
        title: 'Something went wrong',
        detail: 'We could not read the information properly. Please try again in a few minutes.',
      },
      unauthorized: {
        title: 'Your session has expired',
        detail: 'Your session has expired. Please log in again.',
      },
      forbidden: {
        title: 'You do not have access',
        detail:
          'You may not view or change this. Are you acting for someone else? Then check that your authorisation covers this.',
      },
      notFound: {
        title: 'We cannot find this',
        detail: 'It may have been moved or removed. Go back to the overview and look there.',
      },
      rateLimited: {
        title: 'Please wait a moment',
        detail: 'You made many requests in a short time. Wait a moment and then try again.',
        detailSeconds: 'You made many requests in a short time. Please try again in {seconds} seconds.',
        detailMinutes: 'You made many requests in a short time. Please try again in {minutes} minutes.',
      },
      validation: {
        title: 'Check your details',
        detail: 'Not everything has been filled in correctly. Correct the fields with an error message and send it again.',
      },
      conflict: {
        title: 'The information has just changed',
        detail: 'This has already been changed or sent. Reload the page and check that everything is right.',
      },
      generic: {
        title: 'Something went wrong',
        detail: 'Please try again. Does it still not work? Then try again in a few minutes.',
      },
    },
  },
}
