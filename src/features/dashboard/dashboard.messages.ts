export const dashboardMessagesNl = {
  dashboard: {
    title: 'Overzicht',
    nav: 'Overzicht',
    welcome: 'Welkom, {name}',
    welcomeNoName: 'Welkom',
    level: 'U bent ingelogd met {level}.',
    actingFor: 'U handelt namens iemand anders (burgerservicenummer {bsn}).',
    domainsTitle: 'Uw zaken met de overheid',
    notYet: 'Nog niet beschikbaar. Dit onderdeel is nog niet klaar.',
  },
}
