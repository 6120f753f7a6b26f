import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, type HttpClient } from '@/shared/http'
import { OUTBOX_KEY, outbox, putInOutbox, removeFromOutbox, sendOutbox, watchOutbox } from './outbox'

function client(post: HttpClient['post']): HttpClient {
  return { post } as unknown as HttpClient
}
const entry = (id: string, eigenaar = 'fatima') => ({ id, eigenaar, soort: 'correctieverzoek', pad: '/correctieverzoeken', body: { id }, sleutel: `sleutel-${id}` })

describe('the outbox', () => {
  beforeEach(() => {
    window.localStorage.clear()
    outbox.value = []
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
  })
  afterEach(() => vi.restoreAllMocks())

  it('keeps what waits on the device, so a reload still has it', () => {
    putInOutbox(entry('a'))
    const bewaard = JSON.parse(window.localStorage.getItem(OUTBOX_KEY) ?? '[]') as { id: string; status: string }[]
    expect(bewaard.map(({ id, status }) => ({ id, status }))).toEqual([{ id: 'a', status: 'wacht' }])
    removeFromOutbox('a')
    expect(window.localStorage.getItem(OUTBOX_KEY)).toBeNull()
  })

  it("sends each of this person's entries with its own Idempotency-Key, and keeps the answer", async () => {
    putInOutbox(entry('a'))
    putInOutbox(entry('b', 'iemand-anders'))
    const post = vi.fn().mockResolvedValue({ referentie: 'MFO-2026-000001' })
    await sendOutbox(client(post as HttpClient['post']), 'fatima')
    expect(post).toHaveBeenCalledTimes(1)
    expect(post.mock.calls[0]?.[3]).toEqual({ idempotencyKey: 'sleutel-a' })
    expect(outbox.value.find((kandidaat) => kandidaat.id === 'a')).toMatchObject({ status: 'verstuurd', antwoord: { referentie: 'MFO-2026-000001' } })
    expect(outbox.value.find((kandidaat) => kandidaat.id === 'b')?.status).toBe('wacht')
  })

  it('keeps an entry waiting when the connection fails again, and marks a refusal as such', async () => {
    putInOutbox(entry('a'))
    await sendOutbox(client(vi.fn().mockRejectedValue(new ApiError('network')) as HttpClient['post']), 'fatima')
    expect(outbox.value[0]?.status).toBe('wacht')
    const probleem = { title: 'Ongeldig', status: 422, invalidParams: [{ name: 'gewensteWaarde', code: 'gelijk', reason: 'Hetzelfde.' }] }
    await sendOutbox(client(vi.fn().mockRejectedValue(new ApiError('validation', { status: 422, problem: probleem })) as HttpClient['post']), 'fatima')
    expect(outbox.value[0]).toMatchObject({ status: 'geweigerd', probleem: { invalidParams: [{ name: 'gewensteWaarde' }] } })
  })

  it('sends nothing while offline, and sends once the connection is back', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    putInOutbox(entry('a'))
    const post = vi.fn().mockResolvedValue({})
    watchOutbox(client(post as HttpClient['post']), 'fatima')
    await Promise.resolve()
    expect(post).not.toHaveBeenCalled()
    online.mockReturnValue(true)
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(outbox.value[0]?.status).toBe('verstuurd'))
    expect(post).toHaveBeenCalledTimes(1)
  })
})
