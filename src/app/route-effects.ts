import { nextTick, ref } from 'vue'
import type { Router } from 'vue-router'

/**
 * After each navigation: a page title, focus on the main heading (so keyboard and screen
 * reader users start at the new content), and a message for the route announcer. The first
 * page load keeps the browser's own focus at the top, where people expect it (the hook is
 * registered after that first navigation).
 */
export function useRouteEffects(router: Router, translate: (key: string) => string) {
  const announcement = ref('')

  function applyTitle(): string {
    const title = translate(router.currentRoute.value.meta.titleKey ?? 'app.name')
    const suffix = translate('app.titleSuffix')
    document.title = title === suffix ? suffix : `${title} - ${suffix}`
    return title
  }

  router.afterEach(async (_to, _from, failure) => {
    if (failure) return
    const title = applyTitle()
    await nextTick()
    focusMainHeading()
    announcement.value = ''
    await nextTick()
    announcement.value = title
  })

  // The app mounts after the first navigation: give that page its title, but leave focus alone.
  applyTitle()
  return { announcement, applyTitle }
}

function focusMainHeading(): void {
  const main = document.getElementById('inhoud')
  const heading = main?.querySelector('h1')
  const target = heading ?? main
  if (!target) return
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: false })
}
