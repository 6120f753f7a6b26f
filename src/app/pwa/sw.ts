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

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: NETWORK_ONLY }))

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
