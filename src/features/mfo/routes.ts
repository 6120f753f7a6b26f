import type { RouteRecordRaw } from 'vue-router'
import { STAPPEN, stapRoute } from './correctie-stappen'

const views = () => import('./views/mfo-views')
const CorrectieStapView = () => views().then((module) => module.CorrectieStapView)

/**
 * The Meldpunt loads when someone opens it, never in the first load. Each step of a request is its own page
 * (URL and title), so Back, Forward and a reload work. A correction is one's own business (`namens: 'eigen'`).
 */
export const mfoRoutes: RouteRecordRaw[] = [
  {
    path: '/correctieverzoek',
    name: 'mfo-start',
    component: () => views().then((module) => module.MfoStartView),
    meta: { titleKey: 'mfo.titels.start', requiresAuth: true, namens: 'eigen' },
  },
  ...STAPPEN.map(
    (stap): RouteRecordRaw => ({
      path: `/correctieverzoek/${stap}`,
      name: stapRoute(stap),
      component: CorrectieStapView,
      props: { stap },
      meta: { titleKey: `mfo.titels.${stap}`, requiresAuth: true, namens: 'eigen' },
    }),
  ),
  {
    path: '/correctieverzoeken',
    name: 'mfo-verzoeken',
    component: () => views().then((module) => module.VerzoekenView),
    meta: { titleKey: 'mfo.titels.verzoeken', requiresAuth: true, namens: 'eigen' },
  },
  {
    path: '/correctieverzoeken/:id',
    name: 'mfo-verzoek',
    component: () => views().then((module) => module.VerzoekView),
    props: true,
    meta: { titleKey: 'mfo.titels.verzoek', requiresAuth: true, namens: 'eigen' },
  },
]
