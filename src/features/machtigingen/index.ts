/** Machtigingen as the app shell sees it: routes, navigation, overview card, texts, and the "namens" banner. */
import { lazyComponent } from '@/shared/ui/lazy-component'
import type { Feature } from '@/shared/feature'
import { machtigingenEntryMessagesNl } from './machtigingen.entry.messages'
import { machtigingenRoutes } from './routes'

export const machtigingenFeature: Feature = {
  id: 'machtigingen',
  routes: machtigingenRoutes,
  nav: { labelKey: 'machtigingenEntry.nav', to: '/machtigingen', order: 40, namens: 'eigen' },
  card: {
    titleKey: 'machtigingenEntry.kaart.titel',
    descriptionKey: 'machtigingenEntry.kaart.omschrijving',
    to: '/machtigingen',
    order: 40,
    namens: 'eigen',
    status: lazyComponent(() => import('./components/MachtigingenKaartStatus.vue')),
  },
  messages: {
    nl: machtigingenEntryMessagesNl,
    en: () => import('./machtigingen.entry.messages.en').then((module) => module.machtigingenEntryMessagesEn),
  },
  loadMessages: () => import('./machtigingen.messages').then((module) => module.machtigingenMessages),
}

/** "U regelt zaken voor …": in the header of every page while acting for someone; loads only then. */
export const NamensBanner = lazyComponent(() => import('./components/NamensBanner.vue'))

/** In place of a page the machtiging does not cover. */
export const BuitenMachtiging = lazyComponent(() => import('./components/BuitenMachtiging.vue'))
