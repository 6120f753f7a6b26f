import { nextTick, ref } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'
import { composeTitle } from '@/shared/ui/page-title'

/** How long focus waits for a page that is still loading (aria-busy) before it moves anyway. */
const BUSY_WAIT_MS = 10_000

/**
 * After each navigation to another page: the page title, and focus on the main heading, so
 * keyboard and screen reader users start at the new content. Focus on the h1 is the
 * announcement; only a page without one is announced through the route announcer, so nobody
 * hears the same thing twice. A page may point focus at the result of the action that brought the
 * person there instead (`data-route-focus`), so that result is the one thing announced. A page that is still loading (aria-busy) gets focus once its
 * heading is final, not on a placeholder. A change of query only (a search, a filter, a page
 * of the same list) is the view's to handle: it keeps focus near the results.
 * The first page load keeps the browser's own focus at the top, where people expect it.
 */
export function useRouteEffects(router: Router, translate: (key: string) => string) {
  const announcement = ref('')
  let navigation = 0

  function applyTitle(): string {
    const title = translate(router.currentRoute.value.meta.titleKey ?? 'app.name')
    document.title = composeTitle(title, translate('app.titleSuffix'))
    return title
  }

  router.afterEach(async (to, from, failure) => {
    if (failure || sameView(to, from)) return
    const current = ++navigation
    const title = applyTitle()
    announcement.value = ''
    await nextTick()
    // While the page loads, focus waits on <main> (silent: it has no name), never on the body.
    if (isBusy()) document.getElementById('inhoud')?.focus({ preventScroll: true })
    await notBusy()
    if (current !== navigation) return
    if (!focusMainHeading()) announcement.value = title
  })

  // The app mounts after the first navigation: give that page its title, but leave focus alone.
  applyTitle()
  return { announcement, applyTitle }
}

const sameView = (to: RouteLocationNormalized, from: RouteLocationNormalized) =>
  from.matched.length > 0 && to.path === from.path && to.name === from.name

function isBusy(): boolean {
  const main = document.getElementById('inhoud')
  return main !== null && (main.getAttribute('aria-busy') === 'true' || main.querySelector('[aria-busy="true"]') !== null)
}

/** Resolves when nothing in <main> is aria-busy any more (or after BUSY_WAIT_MS). */
function notBusy(): Promise<void> {
  const main = document.getElementById('inhoud')
  if (!main) return Promise.resolve()
  const busy = isBusy
  if (!busy()) return Promise.resolve()
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!busy()) stop()
    })
    const timer = window.setTimeout(() => stop(), BUSY_WAIT_MS)
    function stop() {
      observer.disconnect()
      window.clearTimeout(timer)
      void nextTick().then(resolve)
    }
    observer.observe(main, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] })
  })
}

/**
 * The h1, or what the page marks as more important on arrival (`data-route-focus`: the result of
 * the action that brought the person here, "Het bericht staat nu in het Archief").
 */
function focusMainHeading(): boolean {
  const main = document.getElementById('inhoud')
  // A page that could not load says so in an alert: then focus stays quietly on <main>, one voice only.
  if (main?.querySelector('[role="alert"]:not(:empty)')) {
    main.focus({ preventScroll: true })
    return true
  }
  const heading = main?.querySelector<HTMLElement>('[data-route-focus]') ?? main?.querySelector('h1')
  if (!heading) {
    document.getElementById('inhoud')?.focus({ preventScroll: true })
    return false
  }
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus({ preventScroll: false })
  return true
}
