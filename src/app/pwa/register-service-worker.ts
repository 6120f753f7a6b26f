import { ref } from 'vue'
import type { Workbox } from 'workbox-window'

const SERVICE_WORKER_URL = '/sw.js'
/** The CSP allows this policy name (server/security-headers.ts); it turns exactly one URL into a script URL. */
const POLICY_NAME = 'service-worker'

/**
 * Registers our Workbox service worker. Under `require-trusted-types-for 'script'` the browser
 * refuses a plain string as a service worker URL, so the URL goes through a Trusted Types policy
 * that knows only this one script. A new version waits until the person says so.
 */
export function registerServiceWorker() {
  const needRefresh = ref(false)
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return { needRefresh, update: () => undefined }

  // workbox-window loads after the first paint: it is not needed to show the page.
  let workbox: Workbox | null = null
  void import('workbox-window').then(({ Workbox }) => {
    workbox = new Workbox(trustedScriptUrl(SERVICE_WORKER_URL), { scope: '/' })
    workbox.addEventListener('waiting', () => {
      needRefresh.value = true
    })
    // The new worker took over after "Nu bijwerken": load the new version of the app.
    workbox.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload()
    })
    return workbox.register()
  })
  return { needRefresh, update: () => workbox?.messageSkipWaiting() }
}

function trustedScriptUrl(url: string): string | TrustedScriptURL {
  if (!window.trustedTypes) return url
  const policy = window.trustedTypes.createPolicy(POLICY_NAME, {
    createScriptURL: (input: string) => {
      if (input !== url) throw new TypeError(`Geen service worker: ${input}`)
      return input
    },
  })
  return policy.createScriptURL(url)
}
