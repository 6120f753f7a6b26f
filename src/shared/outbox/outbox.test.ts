import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, type HttpClient } from '@/shared/http'
import { OUTBOX_KEY, outbox, putInOutbox, removeFromOutbox, sendOutbox, wachtOpVerbinding, watchOutbox } from './outbox'
import { opslagProbleem } from '@/shared/offline/offline-status'
import { laatsteRonde } from './outbox-meldingen'

type Request = (method: string, path: string, options: { body?: unknown; idempotencyKey?: string }) => Promise<unknown>

function client(request: Request): HttpClient {
  return { request } as unknown as HttpClient
}
const fatima = { eigenaar: 'fatima', namens: null }
const entry = (id: string, eigenaar = 'fatima', extra: object = {}) => ({
  id,
  eigenaar,
  soort: 'correctieverzoek',
  pad: '/correctieverzoeken',
  body: { id },
  sleutel: `sleutel-${id}`,
  bewaarAntwoord: true,
  ...extra,
})

describe('the outbox', () => {
  beforeEach(() => {
    window.localStorage.clear()
    outbox.value = []
    laatsteRonde.value = null
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

  it("sends each of this person's entries with its own Idempotency-Key, and keeps the answer when asked", async () => {
    putInOutbox(entry('a'))
    putInOutbox(entry('b', 'iemand-anders'))
    const request = vi.fn<Request>().mockResolvedValue({ referentie: 'MFO-2026-000001' })
    await sendOutbox(client(request), fatima)
    expect(request).toHaveBeenCalledTimes(1)
    expect(request.mock.calls[0]?.slice(0, 2)).toEqual(['POST', '/correctieverzoeken'])
    expect(request.mock.calls[0]?.[2]).toMatchObject({ body: { id: 'a' }, idempotencyKey: 'sleutel-a' })
    expect(outbox.value.find((kandidaat) => kandidaat.id === 'a')).toMatchObject({ status: 'verstuurd', antwoord: { referentie: 'MFO-2026-000001' } })
    expect(outbox.value.find((kandidaat) => kandidaat.id === 'b')?.status).toBe('wacht')
  })

  it('sends in the order things were done, with their own method, and forgets what nobody needs the answer of', async () => {
    for (const id of ['1', '2', '3']) putInOutbox(entry(id, 'fatima', { methode: 'PATCH', pad: `/berichten/${id}`, bewaarAntwoord: undefined }))
    const request = vi.fn<Request>().mockResolvedValue({})
    await sendOutbox(client(request), fatima)
    expect(request.mock.calls.map(([method, path]) => `${method} ${path}`)).toEqual(['PATCH /berichten/1', 'PATCH /berichten/2', 'PATCH /berichten/3'])
    expect(outbox.value).toEqual([])
    expect(laatsteRonde.value).toEqual({ verstuurd: 3, geweigerd: 0 })
  })

  it('what was done for someone else goes out only while acting for that same person', async () => {
    putInOutbox(entry('voor-moeder', 'fatima', { namens: 'moeder' }))
    const request = vi.fn<Request>().mockResolvedValue({})
    await sendOutbox(client(request), fatima)
    expect(request).not.toHaveBeenCalled()
    await sendOutbox(client(request), { eigenaar: 'fatima', namens: 'moeder' })
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('a refusal (the letter is gone) is kept to tell, and the round goes on; a lost connection stops it, in order', async () => {
    for (const id of ['1', '2', '3', '4']) putInOutbox(entry(id))
    const weg = new ApiError('not-found', { status: 404, problem: { title: 'Niet gevonden', status: 404, detail: 'Dit bericht bestaat niet (meer).' } })
    const request = vi
      .fn<Request>()
      .mockRejectedValueOnce(weg)
      .mockResolvedValueOnce({})
      .mockRejectedValueOnce(new ApiError('network'))
    await sendOutbox(client(request), fatima)
    expect(outbox.value.map(({ id, status }) => `${id}:${status}`)).toEqual(['1:geweigerd', '2:verstuurd', '3:wacht', '4:wacht'])
    expect(outbox.value[0]?.probleem?.detail).toBe('Dit bericht bestaat niet (meer).')
    expect(laatsteRonde.value).toEqual({ verstuurd: 1, geweigerd: 1 })
  })

  it('an entry cancelled in another tab meanwhile is not sent', async () => {
    putInOutbox(entry('a'))
    putInOutbox(entry('b'))
    const request = vi.fn<Request>().mockImplementation(async () => {
      // Another tab cancels "b" while "a" is on its way.
      window.localStorage.setItem(OUTBOX_KEY, JSON.stringify(JSON.parse(window.localStorage.getItem(OUTBOX_KEY) ?? '[]').filter((kandidaat: { id: string }) => kandidaat.id !== 'b')))
      return {}
    })
    await sendOutbox(client(request), fatima)
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('sends nothing while offline, and sends once the connection is back', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const request = vi.fn<Request>().mockResolvedValue({})
    wachtOpVerbinding(client(request), fatima, { id: 'a', soort: 'bericht', pad: '/berichten/a', methode: 'PATCH', body: { map: 'archief' }, sleutel: 'k' })
    await Promise.resolve()
    expect(request).not.toHaveBeenCalled()
    expect(outbox.value[0]).toMatchObject({ eigenaar: 'fatima', namens: null, status: 'wacht' })
    online.mockReturnValue(true)
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(outbox.value).toEqual([]))
    expect(request).toHaveBeenCalledTimes(1)
    watchOutbox(client(request), { eigenaar: 'niemand', namens: null })
  })

  it('never stores a token', () => {
    putInOutbox(entry('a'))
    expect(window.localStorage.getItem(OUTBOX_KEY)).not.toMatch(/bearer|token/i)
  })
})

describe('the outbox when storage fails', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    opslagProbleem.value = null
    window.localStorage.clear()
  })

  it('says so when what waited can no longer be read, instead of dropping it silently', () => {
    window.localStorage.setItem(OUTBOX_KEY, '{kapot')
    putInOutbox(entry('a'))
    expect(opslagProbleem.value).toBe('wachtrij-onleesbaar')
  })

  it('says so when storage is full: the action waits in this tab only', async () => {
    vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('vol', 'QuotaExceededError')
    })
    putInOutbox(entry('a'))
    expect(outbox.value.map(({ id }) => id)).toEqual(['a'])
    expect(opslagProbleem.value).toBe('wachtrij-vol')
    // Still sent from this tab.
    const request = vi.fn<Request>().mockResolvedValue({})
    await sendOutbox(client(request), fatima)
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('"still busy with this key" (another tab sent it at the same moment) is tried again later, not a refusal', async () => {
    putInOutbox(entry('a'))
    const bezig = new ApiError('conflict', { status: 409, problem: { title: 'Nog bezig', status: 409, code: 'idempotency-key-in-gebruik' } })
    await sendOutbox(client(vi.fn<Request>().mockRejectedValue(bezig)), fatima)
    expect(outbox.value[0]?.status).toBe('wacht')
  })
})
