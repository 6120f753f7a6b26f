/** Lopende zaken as the app shell sees it: routes, navigation, overview card with its counts, texts. */
import { lazyComponent } from '@/shared/ui/lazy-component'
import type { Feature } from '@/shared/feature'
import { zakenEntryMessagesNl } from './zaken.entry.messages'
import { zakenRoutes } from './routes'

export const zakenFeature: Feature = {
  id: 'zaken',
  routes: zakenRoutes,
  nav: { labelKey: 'zakenEntry.nav', to: '/zaken', order: 30, namens: 'zaken' },
  card: {
    titleKey: 'zakenEntry.kaart.titel',
    descriptionKey: 'zakenEntry.kaart.omschrijving',
    to: '/zaken',
    order: 30,
    namens: 'zaken',
    // Its counts come after the overview shows: they stay out of the first load.
    status: lazyComponent(() => import('./components/ZakenKaartStatus.vue')),
  },
  messages: { nl: zakenEntryMessagesNl, en: () => import('./zaken.entry.messages.en').then((module) => module.zakenEntryMessagesEn) },
  loadMessages: () => import('./zaken.all.messages').then((module) => module.zakenAllMessages),
}
