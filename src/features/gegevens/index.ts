/** Persoonlijke gegevens as the app shell sees it: routes, navigation, overview card, texts. */
import type { Feature } from '@/shared/feature'
import { gegevensEntryMessagesNl } from './gegevens.entry.messages'
import { gegevensRoutes } from './routes'

export const gegevensFeature: Feature = {
  id: 'gegevens',
  routes: gegevensRoutes,
  nav: { labelKey: 'gegevensEntry.nav', to: '/gegevens', order: 20, namens: 'gegevens' },
  card: {
    titleKey: 'gegevensEntry.kaart.titel',
    descriptionKey: 'gegevensEntry.kaart.omschrijving',
    to: '/gegevens',
    order: 20,
    namens: 'gegevens',
  },
  messages: { nl: gegevensEntryMessagesNl, en: () => import('./gegevens.entry.messages.en').then((module) => module.gegevensEntryMessagesEn) },
  loadMessages: () => import('./gegevens.messages').then((module) => module.gegevensMessages),
}
