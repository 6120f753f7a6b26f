import { computed, onScopeDispose, ref, shallowRef, watch, type WatchSource } from 'vue'

export interface LoaderOptions<K> {
  /** Keep showing the old data while the new key loads (e.g. the next page of the same list). Default: never. */
  keepPrevious?: (previous: K, next: K) => boolean
}

/**
 * The one way a view loads data. The key (an id, a query) decides what to load; a new key
 * cancels the request for the old one, so the newest answer always wins and the previous item
 * never shows under a new id. Bind `busy` to `aria-busy` on the region that is being filled.
 * A null key loads nothing (e.g. not logged in).
 */
export function useLoader<K, T>(key: WatchSource<K | null>, load: (key: K, signal: AbortSignal) => Promise<T>, options: LoaderOptions<K> = {}) {
  const data = shallowRef<T | null>(null)
  const error = shallowRef<unknown>(null)
  const loading = ref(false)
  let current: AbortController | null = null
  let currentKey: K | null = null

  async function run(next: K | null, keep: boolean): Promise<void> {
    current?.abort()
    current = null
    currentKey = next
    // A retry keeps the problem box (and its focused "Probeer opnieuw" button) until the answer is there.
    if (!keep) {
      data.value = null
      error.value = null
    }
    if (next === null) {
      loading.value = false
      return
    }
    const controller = new AbortController()
    current = controller
    loading.value = true
    try {
      const result = await load(next, controller.signal)
      if (current !== controller) return
      data.value = result
      error.value = null
    } catch (caught) {
      if (current !== controller || controller.signal.aborted) return
      error.value = caught
    } finally {
      if (current === controller) {
        loading.value = false
        current = null
      }
    }
  }

  watch(
    key,
    (next, previous) => {
      // A computed key may be rebuilt with the same content (the route changed elsewhere): nothing to load.
      if (previous !== undefined && JSON.stringify(next) === JSON.stringify(previous)) return
      const keep = previous != null && next !== null && (options.keepPrevious?.(previous, next) ?? false)
      void run(next, keep)
    },
    { immediate: true },
  )
  onScopeDispose(() => current?.abort())

  return {
    data,
    error,
    loading,
    /** Loads the current key again ("Probeer opnieuw"), keeping what is shown until the answer is there. */
    reload: () => run(currentKey, true),
    busy: computed(() => (loading.value ? 'true' : undefined)),
  }
}
