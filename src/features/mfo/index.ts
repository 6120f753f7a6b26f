/** The Meldpunt Fouten in Overheidsregistraties as the app shell sees it: routes, overview card, texts. */
import type { Feature } from '@/shared/feature'
import { mfoEntryMessagesNl } from './mfo.entry.messages'
import { mfoRoutes } from './routes'

export const mfoFeature: Feature = {
  id: 'mfo',
  routes: mfoRoutes,
  // No item in the main menu: people come here from a value in Gegevens ("Klopt dit niet?") or from this card.
  card: {
    titleKey: 'mfoEntry.kaart.titel',
    descriptionKey: 'mfoEntry.kaart.omschrijving',
    to: '/correctieverzoek',
    order: 50,
    namens: 'eigen',
  },
  messages: { nl: mfoEntryMessagesNl, en: () => import('./mfo.entry.messages.en').then((module) => module.mfoEntryMessagesEn) },
  loadMessages: () => import('./mfo.messages').then((module) => module.mfoMessages),
}
