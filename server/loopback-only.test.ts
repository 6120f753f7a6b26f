import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { backend } from '../mocks/state/backend'
import { readServerConfig } from './config'
import { rawRequest, startTestApp, type TestApp } from './test-app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterEach(() => backend.reset())
afterAll(() => app.close())

const port = () => new URL(app.origin).port

describe('the mocks listen only on this machine', () => {
  it('refuses HOST=0.0.0.0 (or a network address) even with a loopback PUBLIC_ORIGIN, unless MOCKS=on', () => {
    for (const HOST of ['0.0.0.0', '192.168.1.10', '::']) {
      expect(() => readServerConfig({ HOST, PUBLIC_ORIGIN: 'http://localhost:4173' }), HOST).toThrow(/niet alleen van deze computer/)
    }
    expect(readServerConfig({ HOST: '0.0.0.0', PUBLIC_ORIGIN: 'http://localhost:4173', MOCKS: 'on' }).mocks).toBe(true)
    for (const HOST of ['127.0.0.1', 'localhost', '::1', '127.1.2.3']) expect(readServerConfig({ HOST }).mocks, HOST).toBe(true)
    expect(readServerConfig({ HOST: '::1', PORT: '4173' }).publicOrigin).toBe('http://[::1]:4173')
  })
})

describe('DNS rebinding: the mocks answer only under the app’s own names', () => {
  it.each(['/api/berichten', '/__mock/clock', '/mock-digid/.well-known/openid-configuration'])('refuses another Host on %s with 421', async (pad) => {
    const response = await rawRequest(app.origin, pad, { headers: { Host: `kwaadwillend.example:${port()}` } })
    expect(response.status).toBe(421)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('answers under both loopback names', async () => {
    for (const host of [`127.0.0.1:${port()}`, `localhost:${port()}`]) {
      expect((await rawRequest(app.origin, '/__mock/clock', { headers: { Host: host } })).status, host).toBe(200)
    }
  })
})

describe('the test control API refuses another site also by its Origin', () => {
  it('refuses a post from another site in a browser without Fetch Metadata, and the reset does not happen', async () => {
    backend.clock.set(new Date('2031-01-01T00:00:00Z'))
    for (const origin of ['https://kwaadwillend.example', 'null', `http://127.0.0.1:${Number(port()) + 1}`]) {
      const response = await fetch(`${app.origin}/__mock/reset`, { method: 'POST', headers: { Origin: origin } })
      expect(response.status, origin).toBe(403)
      expect(await response.json()).toMatchObject({ code: 'andere-site' })
    }
    expect(backend.clock.now().getUTCFullYear()).toBe(2031)
  })

  it('lets the app itself through, under either loopback name', async () => {
    for (const origin of [app.origin, `http://localhost:${port()}`]) {
      expect((await fetch(`${app.origin}/__mock/reset`, { method: 'POST', headers: { Origin: origin } })).status, origin).toBe(204)
    }
  })
})
