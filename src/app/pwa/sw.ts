/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing'
import { NetworkOnly } from 'workbox-strategies'

declare const self: ServiceWorkerGlobalScope

/**
 * Personal data and login never come from a cache: the APIs, the (mock) DigiD and the test
 * control API always go to the network, and are kept out of the app-shell fallback.
 */
const NETWORK_ONLY = [/^\/api(\/|$)/, /^\/mock-digid(\/|$)/, /^\/__mock(\/|$)/]

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
clientsClaim()

/**
 * The logged-out page comes from the server when it can: its answer carries `Clear-Site-Data:
 * "cache"`, which empties the browser's HTTP cache. Offline, the app shell still shows the page.
 */
const LOGGED_OUT = /^\/uitgelogd$/
const appShell = createHandlerBoundToURL('/index.html')
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && LOGGED_OUT.test(url.pathname),
  async (options) => {
    try {
      return await fetch(options.request)
    } catch {
      return appShell(options)
    }
  },
)

registerRoute(new NavigationRoute(appShell, { denylist: [...NETWORK_ONLY, LOGGED_OUT] }))

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
