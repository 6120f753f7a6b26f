// @vitest-environment node
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import { createHttpClient } from './http-client'

const API = 'http://localhost/api'
const server = setupServer()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const okSchema = v.object({ ok: v.boolean() })

/** A service that accepts only `acceptedToken` and records every Authorization header it sees. */
function serviceAccepting(acceptedToken: string | null) {
  const seen: (string | null)[] = []
  server.use(
    http.get(`${API}/gegevens`, ({ request }) => {
      const authorization = request.headers.get('Authorization')
      seen.push(authorization)
      return authorization === `Bearer ${acceptedToken}`
        ? HttpResponse.json({ ok: true })
        : HttpResponse.json({ title: 'Niet ingelogd', status: 401 }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } })
    }),
  )
  return seen
}

function makeClient(refreshed: string | null) {
  const refreshAccessToken = vi.fn(async () => refreshed)
  const onUnauthorized = vi.fn()
  const client = createHttpClient({
    baseUrl: API,
    getAccessToken: async () => 'expired',
    refreshAccessToken,
    onUnauthorized,
    sleep: async () => {},
  })
  return { client, refreshAccessToken, onUnauthorized }
}

it('refreshes the token once after a 401 and repeats the request with the new token', async () => {
  const seen = serviceAccepting('fresh')
  const { client, refreshAccessToken, onUnauthorized } = makeClient('fresh')

  await expect(client.get('/gegevens', okSchema)).resolves.toEqual({ ok: true })

  expect(seen).toEqual(['Bearer expired', 'Bearer fresh'])
  expect(refreshAccessToken).toHaveBeenCalledOnce()
  expect(onUnauthorized).not.toHaveBeenCalled()
})

it('calls onUnauthorized once and throws unauthorized when the new token is refused too', async () => {
  const seen = serviceAccepting(null)
  const { client, refreshAccessToken, onUnauthorized } = makeClient('also-refused')

  const error: unknown = await client.get('/gegevens', okSchema).catch((reason: unknown) => reason)

  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({ kind: 'unauthorized', status: 401 })
  expect(seen).toHaveLength(2)
  expect(refreshAccessToken).toHaveBeenCalledOnce()
  expect(onUnauthorized).toHaveBeenCalledOnce()
})

it('calls onUnauthorized without a second request when no new token can be had', async () => {
  const seen = serviceAccepting('fresh')
  const { client, onUnauthorized } = makeClient(null)

  await expect(client.get('/gegevens', okSchema)).rejects.toMatchObject({ kind: 'unauthorized' })

  expect(seen).toHaveLength(1)
  expect(onUnauthorized).toHaveBeenCalledOnce()
})

it('shares one refresh between requests that get 401 at the same time', async () => {
  serviceAccepting('fresh')
  const { client, refreshAccessToken } = makeClient('fresh')

  await Promise.all([client.get('/gegevens', okSchema), client.get('/gegevens', okSchema)])

  expect(refreshAccessToken).toHaveBeenCalledOnce()
})
