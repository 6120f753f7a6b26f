export const dashboardMessagesNl = {
  dashboard: {
    title: 'Overzicht',
    nav: 'Overzicht',
    welcome: 'Welkom, {name}',
    welcomeNoName: 'Welkom',
    level: 'U bent ingelogd met {level}.',
    namens: 'U ziet hieronder alleen wat uw machtiging voor {naam} dekt.',
    domainsTitle: 'Uw zaken met de overheid',
    notYet: 'Nog niet beschikbaar. Dit onderdeel is nog niet klaar.',
  },
}
