/** "Overzicht van schermen": every screen in every state, for accessibility testers. Only with the mocks on. */
import type { Feature } from '@/shared/feature'

export const schermenFeature: Feature = {
  id: 'schermen',
  routes: [
    { path: '/schermen', name: 'schermen', component: () => import('./SchermenView.vue'), meta: { titleKey: 'schermen.titel' } },
    {
      path: '/schermen/:id',
      name: 'scherm-openen',
      component: () => import('./SchermOpenenView.vue'),
      props: true,
      meta: { titleKey: 'schermen.openen' },
    },
  ],
  loadMessages: () => import('./schermen.messages').then((module) => module.schermenMessages),
}
