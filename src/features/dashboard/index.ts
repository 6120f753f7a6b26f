/** The overview every login lands on: its route and texts. It shows the cards the other features register. */
import type { Feature } from '@/shared/feature'
import { dashboardMessagesNl } from './dashboard.messages'
import { dashboardRoutes } from './routes'

export const dashboardFeature: Feature = {
  id: 'dashboard',
  routes: dashboardRoutes,
  nav: { labelKey: 'dashboard.nav', to: '/', order: 0 },
  messages: { nl: dashboardMessagesNl, en: () => import('./dashboard.messages.en').then((module) => module.dashboardMessagesEn) },
}
