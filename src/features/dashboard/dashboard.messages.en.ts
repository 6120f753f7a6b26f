import type { Translation } from '@/shared/i18n'
import type { dashboardMessagesNl } from './dashboard.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const dashboardMessagesEn: Translation<typeof dashboardMessagesNl> = {
  dashboard: {
    title: 'Overview',
    nav: 'Overview',
    welcome: 'Welcome, {name}',
    welcomeNoName: 'Welcome',
    level: 'You are logged in with {level}.',
    namens: 'Below you only see what your authorisation for {naam} covers.',
    domainsTitle: 'Your dealings with the government',
    notYet: 'Not available yet. This part is not ready.',
  },
}
