import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useLoader } from './use-loader'

/** A load function whose answers the test hands out by hand, in any order. */
function controlledLoad() {
  const pending = new Map<string, { resolve: (value: string) => void; reject: (error: unknown) => void; signal: AbortSignal }>()
  const load = (key: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      pending.set(key, { resolve, reject, signal })
    })
  return { load, pending }
}

const flush = async () => {
  for (let i = 0; i < 3; i += 1) await nextTick()
}

function setup(keepPrevious?: (a: string, b: string) => boolean) {
  const id = ref<string | null>('a')
  const { load, pending } = controlledLoad()
  const scope = effectScope()
  const loader = scope.run(() => useLoader(id, load, { keepPrevious }))
  if (!loader) throw new Error('no loader')
  return { id, pending, loader, scope }
}

describe('useLoader', () => {
  it('shows loading, then the data, with aria-busy while it loads', async () => {
    const { pending, loader } = setup()
    expect(loader.loading.value).toBe(true)
    expect(loader.busy.value).toBe('true')
    pending.get('a')?.resolve('A')
    await flush()
    expect(loader.data.value).toBe('A')
    expect(loader.busy.value).toBeUndefined()
  })

  it('never shows the previous item under a new id, and the newest answer wins', async () => {
    const { id, pending, loader } = setup()
    pending.get('a')?.resolve('A')
    await flush()
    id.value = 'b'
    await flush()
    expect(loader.data.value).toBeNull()
    expect(pending.get('a')?.signal.aborted).toBe(false)
    id.value = 'c'
    await flush()
    expect(pending.get('b')?.signal.aborted).toBe(true)
    pending.get('c')?.resolve('C')
    pending.get('b')?.resolve('B (late)')
    await flush()
    expect(loader.data.value).toBe('C')
  })

  it('keeps the old data while the next page loads when asked to', async () => {
    const { id, pending, loader } = setup(() => true)
    pending.get('a')?.resolve('A')
    await flush()
    id.value = 'b'
    await flush()
    expect(loader.data.value).toBe('A')
    expect(loader.loading.value).toBe(true)
  })

  it('reports an error and loads again on reload', async () => {
    const { pending, loader } = setup()
    pending.get('a')?.reject(new Error('503'))
    await flush()
    expect(loader.error.value).toBeInstanceOf(Error)
    void loader.reload()
    await flush()
    // The problem stays on screen while the retry runs, so its button keeps the focus.
    expect(loader.error.value).toBeInstanceOf(Error)
    expect(loader.loading.value).toBe(true)
    pending.get('a')?.resolve('A')
    await flush()
    expect(loader.data.value).toBe('A')
    expect(loader.error.value).toBeNull()
  })

  it('cancels the running request when the view goes away', async () => {
    const { pending, scope } = setup()
    scope.stop()
    expect(pending.get('a')?.signal.aborted).toBe(true)
  })
})
