/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core'
import { addRoute, cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precache } from 'workbox-precaching'
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing'
import { NetworkOnly } from 'workbox-strategies'
import { LOCALE_COOKIE } from '../../shared/i18n/locale-names'
import { localeFromCookie, pageFile, SHELL_PATH } from '../prerender/page-file'

declare const self: ServiceWorkerGlobalScope

/**
 * Personal data and login never come from a cache: the APIs, the (mock) DigiD and the test
 * control API always go to the network, and are kept out of the app-shell fallback.
 */
const NETWORK_ONLY = [/^\/api(\/|$)/, /^\/mock-digid(\/|$)/, /^\/__mock(\/|$)/]

precache(self.__WB_MANIFEST)
cleanupOutdatedCaches()
clientsClaim()

/** The language the person chose, as the server reads it (shared/i18n/locale.ts writes the cookie). */
async function chosenLocale(): Promise<string> {
  try {
    const cookie = await self.cookieStore?.get(LOCALE_COOKIE)
    return localeFromCookie(cookie ? `${LOCALE_COOKIE}=${cookie.value}` : '')
  } catch {
    return 'nl'
  }
}

/**
 * A navigation gets its prerendered page in that language from the precache, else the frame of the private pages
 * in that language; the Dutch frame (appShell) is the last resort.
 */
async function prerenderedPage(pathname: string): Promise<Response | undefined> {
  const locale = await chosenLocale()
  for (const file of [pageFile(pathname, locale), pageFile(SHELL_PATH, locale)]) {
    const page = await matchPrecache(`/${file}`)
    if (page) return page
  }
  return undefined
}
const appShell = createHandlerBoundToURL('/index.html')

/**
 * The logged-out page comes from the server when it can: its answer carries `Clear-Site-Data:
 * "cache"`, which empties the browser's HTTP cache. Offline, the precached page shows.
 */
const LOGGED_OUT = /^\/uitgelogd$/
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && LOGGED_OUT.test(url.pathname),
  async (options) => {
    try {
      return await fetch(options.request)
    } catch {
      return (await prerenderedPage(options.url.pathname)) ?? appShell(options)
    }
  },
)

registerRoute(
  new NavigationRoute(async (options) => (await prerenderedPage(options.url.pathname)) ?? appShell(options), {
    denylist: [...NETWORK_ONLY, LOGGED_OUT],
  }),
)

// The precache's own route after our navigation routes: it would answer `/inloggen` with the Dutch
// `inloggen.html` to everyone.
addRoute()

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && NETWORK_ONLY.some((pattern) => pattern.test(url.pathname)),
  new NetworkOnly(),
)

// A page that needs the network, while offline: our offline page instead of the browser's error.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') return (await matchPrecache('/offline.html')) ?? Response.error()
  return Response.error()
})

// The app asks for this when the person accepts the "new version" prompt.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting()
})
