import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAuthConfig } from '../src/features/auth/auth.config'
import { authorizationRequest, Browser } from '../mocks/digid/test-flow'
import { startTestApp, type TestApp } from './test-app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app.close())

const kies = (body: unknown) =>
  fetch(`${app.origin}/__mock/digid/snel-inloggen`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: app.origin }, body: JSON.stringify(body) })

describe('POST /__mock/digid/snel-inloggen (the screens overview chooses the next login)', () => {
  it('accepts a test person at a DigiD level, also for someone who gave them a machtiging', async () => {
    expect((await kies({ bsn: '999990019', niveau: 'midden' })).status).toBe(204)
    expect((await kies({ bsn: '999990020', niveau: 'substantieel', namens: '999990032' })).status).toBe(204)
  })

  it('refuses anyone else, an unknown level, and acting for someone without a machtiging, with a reason', async () => {
    for (const body of [{ bsn: '123456789', niveau: 'midden' }, { bsn: '999990019', niveau: 'super' }, { niveau: 'midden' }]) {
      const response = await kies(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
    }
    const zonderMachtiging = await kies({ bsn: '999990019', niveau: 'midden', namens: '999990032' })
    expect(zonderMachtiging.status).toBe(400)
    expect(((await zonderMachtiging.json()) as { detail: string }).detail).toBe('Deze persoon heeft nu geen machtiging van die BSN.')
  })

  it('logs in at once, and is forgotten by POST /__mock/reset with the rest of the state', async () => {
    const digid = { issuer: `${app.origin}/mock-digid`, redirectUri: readAuthConfig({}, app.origin).redirectUri }
    const landtOp = async () => {
      const browser = new Browser()
      const { url } = await browser.follow(await browser.get(authorizationRequest(digid).url), digid.redirectUri)
      return url.startsWith(digid.redirectUri) ? 'app' : 'DigiD-pagina'
    }
    expect((await kies({ bsn: '999990019', niveau: 'midden' })).status).toBe(204)
    expect(await landtOp()).toBe('app')

    expect((await kies({ bsn: '999990019', niveau: 'midden' })).status).toBe(204)
    expect((await fetch(`${app.origin}/__mock/reset`, { method: 'POST', headers: { Origin: app.origin } })).status).toBe(204)
    expect(await landtOp()).toBe('DigiD-pagina')
  })

  it('is not there for another site (the test control only answers its own origin)', async () => {
    const response = await fetch(`${app.origin}/__mock/digid/snel-inloggen`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://elders.example' },
      body: JSON.stringify({ bsn: '999990019', niveau: 'midden' }),
    })
    expect(response.status).toBe(403)
  })
})
