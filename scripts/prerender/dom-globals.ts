import { Window } from 'happy-dom'

/**
 * The app reads `window`, `document` and storage while it starts, as it should in a browser. At build time
 * it runs in Node: happy-dom stands in, empty, as a first visit (no session, no language chosen, online).
 * Installed before the app's modules load, because some look for `window` once, at import.
 */
export function installDomGlobals(url: string): () => Promise<void> {
  const window = new Window({ url })
  // A visitor's page has no other tabs to hear from; Node's BroadcastChannel would also keep the build running.
  const names = ['BroadcastChannel', 'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'history', 'matchMedia', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'HTMLElement', 'Element', 'Node', 'Event', 'CustomEvent']
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const)
  for (const name of names) {
    const value: unknown = name === 'BroadcastChannel' ? undefined : Reflect.get(window, name)
    Object.defineProperty(globalThis, name, { value: typeof value === 'function' && /^[a-z]/.test(name) ? value.bind(window) : value, configurable: true, writable: true })
  }
  return async () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor)
      else Reflect.deleteProperty(globalThis, name)
    }
    await window.happyDOM.close()
  }
}
