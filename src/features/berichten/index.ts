/** The Berichtenbox as the app shell sees it: routes, navigation with the unread count, overview card, texts. */
import type { Feature } from '@/shared/feature'
import { berichtenEntryMessagesNl } from './berichten.entry.messages'
import BerichtenKaartStatus from './components/BerichtenKaartStatus.vue'
import { berichtenRoutes } from './routes'
import { useOngelezenBadge } from './use-ongelezen-badge'

export { useBerichtenAantallenStore } from './berichten.store'

export const berichtenFeature: Feature = {
  id: 'berichten',
  routes: berichtenRoutes,
  nav: { labelKey: 'berichtenEntry.nav', to: '/berichten', order: 10, useBadge: useOngelezenBadge, namens: 'berichten' },
  card: {
    titleKey: 'berichtenEntry.kaart.titel',
    descriptionKey: 'berichtenEntry.kaart.omschrijving',
    to: '/berichten',
    order: 10,
    namens: 'berichten',
    status: BerichtenKaartStatus,
  },
  messages: { nl: berichtenEntryMessagesNl, en: () => import('./berichten.entry.messages.en').then((module) => module.berichtenEntryMessagesEn) },
  loadMessages: () => import('./berichten.messages').then((module) => module.berichtenMessages),
}
