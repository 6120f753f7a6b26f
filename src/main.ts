import type { App } from 'vue'
import { createWebHistory } from 'vue-router'
import { createMijnOverheid } from './app/create-app'
import { mayHydrate, readPrerendered } from './app/prerender/hydration'
import { hasUsableSession } from './features/auth'
import { preferredLocale } from './shared/i18n'
import { yieldToMain } from './shared/time/yield-to-main'
import type { Stages } from './shared/ui/staged-render'
import './theme/index.css'

// No top-level await: route chunks import modules of this first-load chunk, and would wait for it forever.
void start()

/** In short steps, each its own task: evaluating the modules, putting the app together, drawing the page. */
async function start(): Promise<void> {
  await yieldToMain()
  const root = document.getElementById('app')
  // Take over the prerendered page only when this visit would draw exactly that page; otherwise draw it anew.
  const hydrate = mayHydrate(readPrerendered(root), {
    path: window.location.pathname,
    search: window.location.search,
    locale: preferredLocale(),
    online: navigator.onLine,
    loggedIn: () => hasUsableSession(import.meta.env, window.location.origin),
  })
  const { app, router, i18n, loadLocale, stages } = createMijnOverheid({ hydrate, history: createWebHistory() })

  // Someone who chose English gets it from the first paint; should it fail to load, Dutch shows (the fallback).
  await Promise.all([router.isReady(), loadLocale(i18n.global.locale.value).catch(() => undefined)])
  await yieldToMain()
  const shown = root ? await draw(root, app, stages) : null
  shown?.setAttribute('data-app', hydrate ? 'hydrated' : 'rendered')
  // The app runs: the "reload the page" message for a page whose JavaScript failed is not needed.
  document.getElementById('js-fallback')?.remove()
}

/**
 * Taken over, the page is the prerendered one. Drawn anew, it is drawn off screen in stages (one short task each)
 * and then replaces what was shown (the prerendered frame) in one go: nothing flickers or disappears meanwhile.
 */
async function draw(root: HTMLElement, app: App, stages: Stages | null): Promise<HTMLElement> {
  if (!stages) {
    app.mount(root)
    return root
  }
  const fresh = document.createElement('div')
  fresh.id = 'app'
  app.mount(fresh)
  await stages.drawn
  root.replaceWith(fresh)
  return fresh
}
