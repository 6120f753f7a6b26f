import { afterEach, expect, it, vi } from 'vitest'
import { createOfflineCopy } from './offline-copy'
import { laatstBijgewerkt, opslagProbleem } from './offline-status'

afterEach(() => {
  opslagProbleem.value = null
  laatstBijgewerkt.value = null
})

// No IndexedDB here, as in a private window that refuses it.
it('without IndexedDB the app goes on: nothing kept, nothing found, and the person is told once', async () => {
  expect(globalThis.indexedDB).toBeUndefined()
  const copy = createOfflineCopy({ context: () => ({ bsn: '999990019', namens: null }), now: () => 1_000 })
  copy.keep('/api/berichten', { berichten: [] })
  await vi.waitFor(() => expect(opslagProbleem.value).toBe('niet-beschikbaar'))
  expect(await copy.find('/api/berichten')).toBeUndefined()
  expect(laatstBijgewerkt.value).toBeNull()
})

it('keeps nothing for nobody: before login there is no context', async () => {
  const copy = createOfflineCopy({ context: () => null, now: () => 1_000 })
  copy.keep('/api/berichten', {})
  expect(await copy.find('/api/berichten')).toBeUndefined()
  expect(opslagProbleem.value).toBeNull()
})
