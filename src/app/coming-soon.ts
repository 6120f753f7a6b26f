import type { Feature } from '@/shared/feature'

const ComingSoonView = () => import('./views/ComingSoonView.vue')

/**
 * A domain whose issue is not done yet: a navigation item and a card that say so plainly, and a
 * page that says "not ready". Never a fake screen. Its texts are under `app.comingSoon.<id>`.
 */
export function comingSoonFeature(id: string, order: number, options: { nav: boolean }): Feature {
  const texts = `app.comingSoon.${id}`
  return {
    id,
    routes: options.nav
      ? [{ path: `/${id}`, name: id, component: ComingSoonView, meta: { titleKey: `${texts}.nav`, requiresAuth: true } }]
      : [],
    nav: options.nav ? { labelKey: `${texts}.nav`, to: `/${id}`, order } : undefined,
    card: { titleKey: `${texts}.title`, descriptionKey: `${texts}.description`, order },
  }
}
