/** "Wacht op verbinding": what was done offline and waits to be sent, or could not be done. */
import type { Feature } from '@/shared/feature'
import { wachtrijRoutes } from './routes'

export const wachtrijFeature: Feature = {
  id: 'wachtrij',
  routes: wachtrijRoutes,
  loadMessages: () => import('./wachtrij.messages').then((module) => module.wachtrijMessages),
}
