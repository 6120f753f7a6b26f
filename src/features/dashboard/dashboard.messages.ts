import type { Translation } from '@/shared/i18n'

const nl = {
  dashboard: {
    title: 'Overzicht',
    welcome: 'Welkom, {name}',
    welcomeNoName: 'Welkom',
    level: 'U bent ingelogd met {level}.',
    actingFor: 'U handelt namens iemand anders (burgerservicenummer {bsn}).',
    domainsTitle: 'Uw zaken met de overheid',
    notYet: 'Nog niet beschikbaar. Dit onderdeel is nog niet klaar.',
    berichten: {
      ongelezen: 'U heeft {count} ongelezen bericht(en).',
      geenOngelezen: 'U heeft geen ongelezen berichten.',
    },
    domains: {
      berichten: {
        title: 'Berichten',
        description: 'Post van de Belastingdienst, uw gemeente, UWV en andere organisaties.',
      },
      gegevens: {
        title: 'Persoonlijke gegevens',
        description: 'Wat de overheid over u heeft vastgelegd, en wie uw gegevens heeft gebruikt.',
      },
      zaken: {
        title: 'Lopende zaken',
        description: 'Uw aanvragen en andere zaken: hoe ver ze zijn en wat u nog moet doen.',
      },
      machtigingen: {
        title: 'Machtigingen',
        description: 'Wie iets voor u mag regelen, en voor wie u iets mag regelen.',
      },
      mfo: {
        title: 'Fout in uw gegevens melden',
        description: 'Klopt iets niet in een overheidsregistratie? Meld het hier.',
      },
    },
  },
}

const en: Translation<typeof nl> = {
  dashboard: {
    title: 'Overview',
    welcome: 'Welcome, {name}',
    welcomeNoName: 'Welcome',
    level: 'You are logged in with {level}.',
    actingFor: 'You are acting on behalf of someone else (citizen service number {bsn}).',
    domainsTitle: 'Your dealings with the government',
    notYet: 'Not available yet. This part is not ready.',
    berichten: {
      ongelezen: 'You have {count} unread message(s).',
      geenOngelezen: 'You have no unread messages.',
    },
    domains: {
      berichten: {
        title: 'Messages',
        description: 'Post from the Tax Administration, your municipality, UWV and other organisations.',
      },
      gegevens: {
        title: 'Personal data',
        description: 'What the government has recorded about you, and who used your data.',
      },
      zaken: {
        title: 'Current cases',
        description: 'Your applications and other cases: how far along they are and what you still need to do.',
      },
      machtigingen: {
        title: 'Authorisations',
        description: 'Who may act for you, and for whom you may act.',
      },
      mfo: {
        title: 'Report an error in your data',
        description: 'Is something wrong in a government registration? Report it here.',
      },
    },
  },
}

export const dashboardMessages = { nl, en }
