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
      notice: 'U bent offline.',
      sinds: 'U bent offline sinds {tijd}.',
      bijgewerkt: 'U ziet wat u eerder op dit apparaat heeft bekeken, bijgewerkt tot {tijd}.',
      niets: 'U ziet alleen wat al op dit apparaat staat.',
      later: 'Een bericht archiveren of verwijderen, een taak beantwoorden of een correctieverzoek sturen kan ook nu. Dat wordt verstuurd zodra u weer online bent.',
      back: 'U bent weer online.',
      opslag: {
        'niet-beschikbaar': 'Dit apparaat kan uw gegevens niet bewaren. Online werkt alles. Offline ziet u ze niet.',
        vol: 'Dit apparaat heeft geen ruimte meer om uw gegevens te bewaren. Online werkt alles. Offline ziet u niet alles.',
        onleesbaar: 'Iets dat op dit apparaat bewaard was, kon niet meer worden gelezen. Het is weggehaald. Online ziet u het weer.',
        'wachtrij-vol': 'Dit apparaat heeft geen ruimte om te bewaren wat op verbinding wacht. Sluit dit venster niet tot u weer online bent, anders gaat het verloren.',
        'wachtrij-onleesbaar': 'Wat op verbinding wachtte, kon niet meer worden gelezen. Kijk bij Berichten en Zaken of het gebeurd is. Doe het anders opnieuw.',
      },
    },
    wachtrij: {
      verstuurd: 'Er is niets verstuurd. | Wat u offline deed, is verstuurd: 1 actie. | Wat u offline deed, is verstuurd: {count} acties.',
      geweigerd: 'Alles is gelukt. | 1 actie kon niet worden uitgevoerd. | {count} acties konden niet worden uitgevoerd.',
      bekijk: 'Bekijk wat er wacht of niet lukte',
      sluiten: 'Sluiten',
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
