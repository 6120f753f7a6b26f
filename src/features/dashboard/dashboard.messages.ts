import type { Translation } from '@/shared/i18n'

const nl = {
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

const en: Translation<typeof nl> = {
  dashboard: {
    title: 'Overview',
    nav: 'Overview',
    welcome: 'Welcome, {name}',
    welcomeNoName: 'Welcome',
    level: 'You are logged in with {level}.',
    actingFor: 'You are acting on behalf of someone else (citizen service number {bsn}).',
    domainsTitle: 'Your dealings with the government',
    notYet: 'Not available yet. This part is not ready.',
  },
}

export const dashboardMessages = { nl, en }
