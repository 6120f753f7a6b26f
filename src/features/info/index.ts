/** The public information pages (toegankelijkheid, privacy, contact): routes and texts. */
import type { Feature } from '@/shared/feature'
import { infoRoutes } from './routes'

export const infoFeature: Feature = {
  id: 'info',
  routes: infoRoutes,
  loadMessages: () => import('./info.messages').then((module) => module.infoMessages),
}
